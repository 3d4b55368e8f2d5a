namespace Registry.Data.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> appointment)
    {
        appointment.Ignore(a => a.Period);
        appointment.HasOne<Mediator>().WithMany().HasForeignKey(a => a.MediatorId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne<Committee>().WithMany().HasForeignKey(a => a.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasIndex(a => new { a.CommitteeId, a.StartDate });
        appointment.HasIndex(a => new { a.MediatorId, a.StartDate });
        // Staffing counts full-time mediators per committee: a partial index over full-time appointments only (about one
        // in seven), covering the dates on PostgreSQL, lets those counts skip the rest of the table.
        appointment.HasIndex(a => a.CommitteeId, "ix_appointments_full_time")
            .HasFilter($"employment = '{nameof(Employment.FullTime)}'")
            .HasDatabaseName("ix_appointments_full_time")
            .IncludeProperties(a => new { a.StartDate, a.EndDate });
        // The mediator tallies group only appointments that share days with another of their mediator's by mediator
        // (StaffingReportQueries.TalliesAsync): a partial index over those few, covering what the tallies read on PostgreSQL.
        appointment.HasIndex(a => a.CommitteeId, "ix_appointments_overlapping")
            .HasFilter("overlaps_another")
            .HasDatabaseName("ix_appointments_overlapping")
            .IncludeProperties(a => new { a.MediatorId, a.Employment, a.StartDate, a.EndDate });
    }
}
