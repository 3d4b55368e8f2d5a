using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Generation;

/// <summary>The appointments <see cref="MediatorRows"/> planned, in that order (id = position + 1).</summary>
internal static class AppointmentRows
{
    public static async Task<long> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        progress.Begin("appointments", roster.Appointments.Count, "appointments");
        await using var import = await BulkCopy.BeginAsync(connection, "appointments",
            "id, mediator_id, committee_id, role, employment, start_date, end_date, overlaps_another", ct);
        var id = 0L;
        foreach (var a in roster.Appointments)
        {
            import.StartRow();
            import.Write(++id, NpgsqlDbType.Bigint);
            import.Write(a.Mediator + 1L, NpgsqlDbType.Bigint);
            import.Write(a.Committee + 1L, NpgsqlDbType.Bigint);
            import.Write(a.Role.ToString());
            import.Write((a.FullTime ? Employment.FullTime : Employment.PartTime).ToString());
            import.Write(a.Start, NpgsqlDbType.Date);
            import.Write(a.End);
            import.Write(a.OverlapsAnother, NpgsqlDbType.Boolean);
            progress.Step();
        }
        await import.CompleteAsync(ct);
        progress.End();
        return id;
    }
}
