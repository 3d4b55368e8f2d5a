using System.Diagnostics;
using Registry.Api.Cases;
using Registry.Api.Schema;
using Registry.Data;
using Registry.Data.Cases;
using Registry.Data.Reports.Cases;
using Registry.Data.Seeding;
using Registry.Domain.Appointments;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.Disputes;
using Registry.Domain.Mediators;

namespace Registry.Benchmarks;

/// <summary>
/// Imports N cases (default 100,000) into PostgreSQL through <see cref="CaseImporter"/> in 5,000-row calls, each in
/// its own transaction like the mutation, then computes <c>caseStatistics</c> for the province and year.
/// Roster: 2,000 township committees of Jilin (22), two mediators each.
/// </summary>
public static class CaseBenchmark
{
    private const string Province = "22";
    private const int Year = 2025;

    public static async Task RunAsync(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var watch = Stopwatch.StartNew();
        var connection = await BenchDatabase.CreateAsync("registry_bench");
        await using (var db = BenchDatabase.Context(connection))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            await db.Database.MigrateAsync();
            await RegionImporter.ImportIfEmptyAsync(db);
        }
        Console.WriteLine($"database ready (migrations + regions) in {watch.Elapsed.TotalSeconds:F1} s");

        var (committees, mediators) = await SeedRosterAsync(connection);
        var rows = Rows(total, committees, mediators);
        var importer = new CaseImporter(new HmacPartyHasher("benchmark-party-hash-key-0123456789"), TimeProvider.System);

        var import = Stopwatch.StartNew();
        var calls = new List<double>();
        foreach (var batch in rows.Chunk(CaseImporter.MaxRows))
            calls.Add(await ImportAsync(connection, importer, batch));
        import.Stop();
        Console.WriteLine($"  of which reading, checking and COPYing new cases {CheckSeconds:F1} s, SaveChanges (updates) + commit {SaveSeconds:F1} s");
        Console.WriteLine($"import: {total:N0} cases in {calls.Count} calls of {CaseImporter.MaxRows:N0}: {import.Elapsed.TotalSeconds:F1} s " +
                          $"({total / import.Elapsed.TotalSeconds:N0} cases/s; per call min {calls.Min():F2} s, median {calls.Order().ElementAt(calls.Count / 2):F2} s, max {calls.Max():F2} s)");

        var reimport = await ImportAsync(connection, importer, rows.Take(CaseImporter.MaxRows).Select(r => { r.Outcome = r.ClosedOn is null ? null : CaseOutcome.Failed; return r; }).ToArray());
        Console.WriteLine($"re-import of {CaseImporter.MaxRows:N0} existing cases (all updated): {reimport:F2} s");

        await using (var db = BenchDatabase.Context(connection))
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            for (var run = 1; run <= 3; run++)
            {
                var stats = Stopwatch.StartNew();
                var report = await CaseStatistics.ComputeAsync(db, Province, new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31), default);
                stats.Stop();
                Console.WriteLine($"caseStatistics(regionCode: \"{Province}\", {Year}) run {run}: {stats.Elapsed.TotalMilliseconds:F0} ms — " +
                                  $"{report.Totals.Closed:N0} closed, agreement rate {report.Totals.AgreementRate:P1}, " +
                                  $"{report.ByCategory.Count} categories, {report.ByRegion.Count} child regions");
            }
            var duplicates = Stopwatch.StartNew();
            var pairs = await PossibleDuplicates.Find(db, Province, new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31)).CountAsync();
            Console.WriteLine($"possibleDuplicateCases count for the province-year: {pairs:N0} pairs in {duplicates.Elapsed.TotalMilliseconds:F0} ms");
        }
    }

    private static double CheckSeconds, SaveSeconds;

    private static async Task<double> ImportAsync(string connection, CaseImporter importer, CaseImportRow[] batch)
    {
        var watch = Stopwatch.StartNew();
        await using var db = BenchDatabase.Context(connection);
        await using var tx = await db.Database.BeginTransactionAsync();
        await importer.ImportAsync(db, "bench-platform", batch, default);
        var checkedIn = watch.Elapsed.TotalSeconds;
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        CheckSeconds += checkedIn;
        SaveSeconds += watch.Elapsed.TotalSeconds - checkedIn;
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<(List<long> Committees, List<(long Id, long CommitteeId)> Mediators)> SeedRosterAsync(string connection)
    {
        var watch = Stopwatch.StartNew();
        await using var db = BenchDatabase.Context(connection);
        var townships = await db.Regions.Where(r => r.Code.StartsWith(Province) && r.Code.Length == 9).OrderBy(r => r.Code).Select(r => r.Code).Take(2000).ToListAsync();
        var committees = townships.Select((code, i) => Committee.Create(new CommitteeDetails(
            $"基准{i}调委会", CommitteeKind.Township, code, new DateOnly(2010, 1, 1)), DateOnly.FromDateTime(DateTime.Today))).ToList();
        db.Committees.AddRange(committees);
        await db.SaveChangesAsync();
        var mediators = new List<(Mediator, Committee)>();
        var n = 0;
        foreach (var committee in committees)
            for (var k = 0; k < 2; k++, n++)
            {
                var birth = new DateOnly(1960, 1, 1).AddDays(n % 9000);
                var id = ResidentIdNumber.Compose($"{220100 + n / 9000:000000}", birth, n % 500, Gender.Male);
                mediators.Add((Mediator.Register(new MediatorDetails($"调解员{n}", Gender.Male, birth, id, null), DateOnly.FromDateTime(DateTime.Today)), committee));
            }
        db.Mediators.AddRange(mediators.Select(m => m.Item1));
        await db.SaveChangesAsync();
        db.Appointments.AddRange(mediators.Select(m => Appointment.Make(m.Item1.Id, m.Item2, AppointmentRole.Member, Employment.PartTime, new DateOnly(2015, 1, 1), null, [], m.Item1.BirthDate)));
        await db.SaveChangesAsync();
        Console.WriteLine($"roster: {committees.Count:N0} committees, {mediators.Count:N0} mediators in {watch.Elapsed.TotalSeconds:F1} s");
        return (committees.Select(c => c.Id).ToList(), mediators.Select(m => (m.Item1.Id, m.Item2.Id)).ToList());
    }

    /// <summary>Deterministic rows: spread over the year, 80% closed with mixed outcomes, two parties each.</summary>
    private static List<CaseImportRow> Rows(int total, List<long> committees, List<(long Id, long CommitteeId)> mediators)
    {
        var random = new Random(20251231);
        var categories = Enum.GetValues<DisputeCategory>();
        var outcomes = Enum.GetValues<CaseOutcome>();
        var byCommittee = mediators.GroupBy(m => m.CommitteeId).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList());
        return Enumerable.Range(0, total).Select(i =>
        {
            var committee = committees[random.Next(committees.Count)];
            var staff = byCommittee[committee];
            var received = new DateOnly(Year, 1, 1).AddDays(random.Next(330));
            DateOnly? closed = random.Next(10) < 8 ? received.AddDays(random.Next(1, 30)) : null;
            string Party() => ResidentIdNumber.Compose($"{220200 + random.Next(90):000000}", new DateOnly(1950, 1, 1).AddDays(random.Next(20000)), random.Next(1000), Gender.Female);
            return new CaseImportRow
            {
                ExternalNumber = $"JL-{Year}-{i:000000}",
                CommitteeId = GlobalId.Encode("Committee", committee),
                Category = categories[random.Next(categories.Length)],
                Difficulty = (CaseDifficulty)random.Next(4),
                LeadMediatorId = GlobalId.Encode("Mediator", staff[0]),
                CoMediatorIds = random.Next(4) == 0 ? [GlobalId.Encode("Mediator", staff[1])] : null,
                ReceivedOn = received,
                ClosedOn = closed,
                Outcome = closed is null ? null : outcomes[random.Next(outcomes.Length)],
                TurnedCriminal = random.Next(500) == 0,
                EnteredOn = (closed ?? received).AddDays(random.Next(45)),
                PartyIdNumbers = [Party(), Party()],
            };
        }).ToList();
    }
}
