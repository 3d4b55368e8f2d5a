using Npgsql;
using NpgsqlTypes;
using Registry.Domain.Certificates;

namespace Registry.Data.Generation;

/// <summary>
/// Certificates (持证上岗) for about seven in ten serving mediators and three in ten who left, issued by their county for
/// three years and numbered as <see cref="CertificateNumber.Generate"/> numbers them; an expired one is often renewed
/// for three more; a few are suspended or revoked. Each certificate's stored status, validity and version are those its
/// events leave, as <see cref="Certificate"/> keeps them.
/// </summary>
internal static class CertificateRows
{
    private sealed record Event(int Sequence, CertificateEventKind Kind, DateOnly On, CertificateStatus After, DateOnly ValidUntil, string? Reason);

    public static async Task<(long Certificates, long Events)> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(6);
        var asOf = roster.AsOf;
        var serials = new Dictionary<(string, int), int>();
        var events = new List<(long Certificate, long Mediator, Event Event)>();
        var id = 0L;
        progress.Begin("certificates", roster.Mediators.Count, "mediators");
        await using (var import = await BulkCopy.BeginAsync(connection, "certificates",
                         "id, mediator_id, number, region_code, issued_on, valid_until, status, version", ct))
        {
            for (var m = 0; m < roster.Mediators.Count; m++)
            {
                progress.Step();
                var main = roster.Appointments[roster.MainAppointment[m]];
                if (random.Next(100) >= (main.End is null ? 72 : 30)) continue;
                var from = Max(roster.Appointments[roster.FirstAppointment[m]].Start, asOf.AddYears(-6));
                var issued = from.AddDays(random.Next(Math.Max(1, asOf.DayNumber - from.DayNumber)));
                var history = History(random, issued, asOf);
                var last = history[^1];
                var bureau = roster.Committees[roster.Mediators[m].Committee].Bureau;
                var serial = serials[(bureau, issued.Year)] = serials.GetValueOrDefault((bureau, issued.Year)) + 1;
                import.StartRow();
                import.Write(++id, NpgsqlDbType.Bigint);
                import.Write(m + 1L, NpgsqlDbType.Bigint);
                import.Write(CertificateNumber.Generate(bureau.PadRight(6, '0'), issued.Year, serial));
                import.Write(bureau);
                import.Write(issued, NpgsqlDbType.Date);
                import.Write(last.ValidUntil, NpgsqlDbType.Date);
                import.Write(last.After.ToString());
                import.Write(history.Count, NpgsqlDbType.Integer);
                events.AddRange(history.Select(e => (id, m + 1L, e)));
            }
            await import.CompleteAsync(ct);
        }
        progress.End();

        progress.Begin("certificate events", events.Count, "events");
        await using (var import = await BulkCopy.BeginAsync(connection, "certificate_events",
                         "id, certificate_id, mediator_id, sequence, kind, \"on\", status_after, valid_until_after, reason", ct))
        {
            var eventId = 0L;
            foreach (var (certificate, mediator, e) in events)
            {
                import.StartRow();
                import.Write(++eventId, NpgsqlDbType.Bigint);
                import.Write(certificate, NpgsqlDbType.Bigint);
                import.Write(mediator, NpgsqlDbType.Bigint);
                import.Write(e.Sequence, NpgsqlDbType.Integer);
                import.Write(e.Kind.ToString());
                import.Write(e.On, NpgsqlDbType.Date);
                import.Write(e.After.ToString());
                import.Write(e.ValidUntil, NpgsqlDbType.Date);
                import.Write(e.Reason);
                progress.Step();
            }
            await import.CompleteAsync(ct);
        }
        progress.End();
        return (id, events.Count);
    }

    /// <summary>Issued; renewed shortly before it lapsed (if it lapsed by now); then perhaps suspended or revoked while valid.</summary>
    private static List<Event> History(Random random, DateOnly issued, DateOnly asOf)
    {
        var validUntil = issued.AddYears(3);
        var history = new List<Event> { new(1, CertificateEventKind.Issued, issued, CertificateStatus.Active, validUntil, null) };
        if (validUntil < asOf && random.Next(100) < 65)
        {
            var renewed = validUntil.AddDays(-random.Next(60));
            if (renewed <= issued) renewed = issued.AddDays(1);
            validUntil = validUntil.AddYears(3);
            history.Add(new(2, CertificateEventKind.Renewed, renewed, CertificateStatus.Active, validUntil, null));
        }
        var latest = history[^1].On;
        var until = validUntil < asOf ? validUntil : asOf;
        var roll = random.Next(1000);
        if (roll < 20 && until > latest)
        {
            var on = latest.AddDays(1 + random.Next(until.DayNumber - latest.DayNumber));
            history.Add(roll < 15
                ? new(history.Count + 1, CertificateEventKind.Suspended, on, CertificateStatus.Suspended, validUntil, "投诉调查期间暂停")
                : new(history.Count + 1, CertificateEventKind.Revoked, on, CertificateStatus.Revoked, validUntil, "违反调解纪律"));
        }
        return history;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
