namespace Registry.Data.Migrations;

/// <summary>
/// Marks the appointments that share a day with another appointment of the same mediator
/// (<see cref="Appointment.OverlapsAnother"/>), for rows made before the mark existed. The same SQL runs on both
/// databases: dates compare as dates on PostgreSQL and as ISO text on SQLite. Bulk loads that bypass the domain
/// (COPY) run it too.
/// </summary>
public static class AppointmentOverlapsBackfill
{
    public const string Sql = """
        UPDATE appointments SET overlaps_another = EXISTS (
          SELECT 1 FROM appointments b
          WHERE b.mediator_id = appointments.mediator_id AND b.id <> appointments.id
            AND b.start_date <= COALESCE(appointments.end_date, '9999-12-31')
            AND appointments.start_date <= COALESCE(b.end_date, '9999-12-31'))
        """;
}
