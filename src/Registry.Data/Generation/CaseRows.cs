using Npgsql;
using NpgsqlTypes;
using Registry.Domain.Disputes;

namespace Registry.Data.Generation;

/// <summary>
/// A year of cases (about 15 million for the country, 5.2 a year per appointment on average, unevenly: some lead none, some
/// three times as many). Each is led by a mediator appointed to its committee on its reference date (the closing day,
/// or the received day while open), as <see cref="MediationCase"/> requires, and one in ten closed ones has a
/// co-mediator appointed there on that day too. Closing, follow-up, entry and the derived columns (days to close,
/// received day number, entered late under the governing recording policy) follow the domain's rules. Every case has
/// parties (<see cref="CasePartySets"/>), drawn from a random source of their own so the other columns are as before.
/// </summary>
internal static class CaseRows
{
    private const double CasesPerMediatorYear = 5.2;
    private static readonly DisputeCategory[] Categories = Enum.GetValues<DisputeCategory>();
    private static readonly double[] Weights = [0, 0.6, 1.2, 2.0];

    public static async Task<(long Cases, long CoMediators, long Parties)> WriteAsync(NpgsqlConnection connection, Roster roster,
        Func<string, DateOnly, int> maxEntryDelayDays, IPartyHasher parties, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(8);
        var repeatRandom = roster.Request.RandomFor(9);
        var partySets = new CasePartySets(roster.Request.Seed, parties);
        var asOf = roster.AsOf;
        var windowStart = asOf.AddDays(-364);
        var byCommittee = AppointmentsByCommittee(roster);
        var weights = new double[roster.Mediators.Count];
        for (var m = 0; m < weights.Length; m++)
            weights[m] = random.Next(100) switch { < 15 => Weights[0], < 45 => Weights[1], < 80 => Weights[2], _ => Weights[3] };
        var coMediators = new List<(long Case, long Mediator)>();
        var platforms = new Dictionary<string, string>();

        progress.Begin("cases", roster.Appointments.Count, "appointments");
        var id = 0L;
        await using (var import = await BulkCopy.BeginAsync(connection, "cases",
                         "id, source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, received_on, closed_on, " +
                         "outcome, follow_up_on, agreement_fulfilled, turned_criminal, entered_on, days_to_close, received_day_number, entered_late, " +
                         "party_set_fingerprint", ct))
        {
            foreach (var a in roster.Appointments)
            {
                progress.Step();
                var from = a.Start > windowStart ? a.Start : windowStart;
                var to = a.End is { } end && end < asOf ? end : asOf;
                if (to < from) continue;
                var count = Poisson(random, CasesPerMediatorYear * weights[a.Mediator] * (to.DayNumber - from.DayNumber + 1) / 365.0);
                var committee = roster.Committees[a.Committee];
                var province = committee.RegionCode[..2];
                if (!platforms.TryGetValue(province, out var platform))
                    platforms[province] = platform = roster.Regions.NameOf(province) + "人民调解信息平台";
                var county = CasePartySets.County(roster, a.Committee);
                var previous = (Id: 0L, Category: default(DisputeCategory));
                for (var k = 0; k < count; k++)
                {
                    var received = from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
                    var difficulty = random.Next(100) switch { < 40 => CaseDifficulty.Simple, < 85 => CaseDifficulty.Ordinary, < 97 => CaseDifficulty.Complex, _ => CaseDifficulty.Major };
                    DateOnly? closed = received.AddDays(DaysToClose(random, difficulty));
                    if (closed > asOf && a.End is null) closed = null;
                    else if (closed > to) closed = to;
                    CaseOutcome? outcome = closed is null ? null : random.Next(100) switch
                    {
                        < 55 => CaseOutcome.WrittenAgreement, < 83 => CaseOutcome.OralAgreement, < 92 => CaseOutcome.Failed,
                        < 95 => CaseOutcome.Referred, _ => CaseOutcome.Withdrawn,
                    };
                    var agreement = outcome is CaseOutcome.WrittenAgreement or CaseOutcome.OralAgreement;
                    DateOnly? followUp = agreement && random.Next(100) < 40 ? closed!.Value.AddDays(random.Next(7, 31)) : null;
                    if (followUp > asOf) followUp = null;
                    bool? fulfilled = agreement ? random.Next(100) switch { < 70 => true, < 75 => false, _ => null } : null;
                    var reference = closed ?? received;
                    var entered = reference.AddDays(random.Next(100) < 5 ? random.Next(31, 75) : random.Next(0, 6));
                    if (entered > asOf) entered = asOf;
                    var late = closed is { } c && entered.DayNumber - c.DayNumber > maxEntryDelayDays(committee.RegionCode, c);

                    var category = Categories[random.Next(Categories.Length)];
                    var repeats = k > 0 && repeatRandom.Next(CasePartySets.RepeatOneIn) == 0;
                    if (repeats) category = previous.Category;
                    partySets.Add(++id, a.Committee, repeats ? partySets.SetOf(previous.Id) : null);
                    previous = (id, category);

                    import.StartRow();
                    import.Write(id, NpgsqlDbType.Bigint);
                    import.Write(platform);
                    import.Write(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    import.Write(a.Committee + 1L, NpgsqlDbType.Bigint);
                    import.Write(category.ToString());
                    import.Write(difficulty.ToString());
                    import.Write(a.Mediator + 1L, NpgsqlDbType.Bigint);
                    import.Write(received, NpgsqlDbType.Date);
                    import.Write(closed);
                    import.Write(outcome?.ToString());
                    import.Write(followUp);
                    import.Write(fulfilled);
                    import.Write(random.Next(2000) == 0, NpgsqlDbType.Boolean);
                    import.Write(entered, NpgsqlDbType.Date);
                    if (closed is { } shut) import.Write(shut.DayNumber - received.DayNumber, NpgsqlDbType.Integer);
                    else import.WriteNull();
                    import.Write(received.DayNumber, NpgsqlDbType.Integer);
                    import.Write(late, NpgsqlDbType.Boolean);
                    import.Write(partySets.SetFingerprint(partySets.SetOf(id), county));

                    if (closed is not null && random.Next(10) == 0 && CoMediator(random, roster, byCommittee, a, reference) is { } co)
                        coMediators.Add((id, co + 1L));
                }
            }
            await import.CompleteAsync(ct);
        }
        progress.End();

        progress.Begin("co-mediators", coMediators.Count, "co-mediators");
        await using (var import = await BulkCopy.BeginAsync(connection, "case_co_mediators", "case_id, mediator_id", ct))
        {
            foreach (var (caseId, mediator) in coMediators)
            {
                import.StartRow();
                import.Write(caseId, NpgsqlDbType.Bigint);
                import.Write(mediator, NpgsqlDbType.Bigint);
                progress.Step();
            }
            await import.CompleteAsync(ct);
        }
        progress.End();
        var partyRows = await partySets.WriteAsync(connection, roster, progress, ct);
        return (id, coMediators.Count, partyRows);
    }

    private static int DaysToClose(Random random, CaseDifficulty difficulty) => difficulty switch
    {
        CaseDifficulty.Simple => random.Next(0, 8),
        CaseDifficulty.Ordinary => random.Next(3, 21),
        CaseDifficulty.Complex => random.Next(10, 46),
        _ => random.Next(20, 91),
    };

    /// <summary>Another mediator appointed to the committee on the day, if three draws find one.</summary>
    private static int? CoMediator(Random random, Roster roster, (int[] Starts, int[] Items) byCommittee, PlannedAppointment lead, DateOnly day)
    {
        var (starts, items) = byCommittee;
        var first = starts[lead.Committee];
        var count = starts[lead.Committee + 1] - first;
        for (var tries = 0; tries < 3 && count > 1; tries++)
        {
            var other = roster.Appointments[items[first + random.Next(count)]];
            if (other.Mediator != lead.Mediator && other.IsActiveOn(day)) return other.Mediator;
        }
        return null;
    }

    /// <summary>The appointments of each committee, as offsets into one array (committee c's are items[starts[c]..starts[c+1]]).</summary>
    private static (int[] Starts, int[] Items) AppointmentsByCommittee(Roster roster)
    {
        var starts = new int[roster.Committees.Count + 1];
        foreach (var a in roster.Appointments) starts[a.Committee + 1]++;
        for (var c = 0; c < roster.Committees.Count; c++) starts[c + 1] += starts[c];
        var next = starts[..^1].ToArray();
        var items = new int[roster.Appointments.Count];
        for (var i = 0; i < roster.Appointments.Count; i++) items[next[roster.Appointments[i].Committee]++] = i;
        return (starts, items);
    }

    /// <summary>Knuth's method; the means here are small (a few cases a year).</summary>
    private static int Poisson(Random random, double mean)
    {
        if (mean <= 0) return 0;
        var limit = Math.Exp(-mean);
        var (count, product) = (0, random.NextDouble());
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }
        return count;
    }
}
