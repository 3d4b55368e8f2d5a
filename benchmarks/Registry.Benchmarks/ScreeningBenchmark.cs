using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Reports.Screening;
using Registry.Data.Seeding;
using Registry.Domain.Screening;

namespace Registry.Benchmarks;

/// <summary>
/// Times <c>screeningCompliance</c> for a province-year on PostgreSQL: Hebei (13), 2024, with the province roster
/// (50,000 committees: every township and the first villages) and about two million rounds. Hebei's seed asks for
/// 常态化 screening with no cadence, so the benchmark adds a province policy of its own (villages weekly, townships
/// monthly, county centres quarterly, villages and townships daily in the 2024 sensitive periods).
/// Usage: dotnet run -c Release --project benchmarks/Registry.Benchmarks -- screening [runs]
/// </summary>
public static class ScreeningBenchmark
{
    private const string Province = "13";
    private static readonly DateOnly From = new(2024, 1, 1);
    private static readonly DateOnly To = new(2024, 12, 31);

    public static async Task RunAsync(string[] args)
    {
        var runs = int.Parse(args.ElementAtOrDefault(0) ?? "9");
        // A generous command timeout: the bulk load and a cold first run on a busy 2-core machine exceed the default 30 s.
        var connectionString = new NpgsqlConnectionStringBuilder(await BenchDatabase.CreateAsync("registry_screening"))
            { CommandTimeout = 600 }.ConnectionString;
        var watch = Stopwatch.StartNew();
        await using (var db = BenchDatabase.Context(connectionString))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.MigrateAsync();
            await RegionImporter.ImportIfEmptyAsync(db);
            await ReferenceDataSeeder.SeedAsync(db, CancellationToken.None);
            db.ScreeningPolicies.Add(ScreeningPolicy.Create(new ScreeningPolicyDetails(Province, "河北省矛盾纠纷排查制度（基准测试用）",
                "基准测试：非真实文件", new DateOnly(2024, 1, 1), null,
            [
                new ScreeningRule { Level = ScreeningLevel.Village, Cadence = ScreeningCadence.Weekly, DailyInSensitivePeriods = true },
                new ScreeningRule { Level = ScreeningLevel.Township, Cadence = ScreeningCadence.Monthly, DailyInSensitivePeriods = true },
                new ScreeningRule { Level = ScreeningLevel.County, Cadence = ScreeningCadence.Quarterly },
            ], 30)));
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"schema, regions and policies: {watch.ElapsedMilliseconds} ms");

        watch.Restart();
        long rounds;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await new ProvinceRoster(committees: 50_000, mediators: 50_000, secondAppointments: 0).LoadAsync(connection, Province);
            rounds = await LoadRoundsAsync(connection);
        }
        Console.WriteLine($"roster (50,000 committees) and {rounds:N0} rounds by binary COPY: {watch.ElapsedMilliseconds} ms");
        // COPY bypasses recordScreening, so the report's read model of round days is rebuilt from the rounds, as the migration does.
        watch.Restart();
        await using (var db = BenchDatabase.Context(connectionString))
        {
            await ScreeningRoundDaysSql.RefreshAsync(db, null, CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("ANALYZE screening_round_days");
        }
        Console.WriteLine($"read model of round days rebuilt from the rounds: {watch.ElapsedMilliseconds} ms");

        // BENCH_HOLD_SECONDS keeps the loaded database a while before the runs, e.g. to EXPLAIN the report's SQL by hand.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_SECONDS"), out var hold))
        {
            Console.WriteLine($"holding {connectionString} for {hold} s");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        var times = new List<double>();
        ScreeningComplianceReport? report = null;
        var missedMs = 0.0;
        for (var i = -2; i <= runs; i++)
        {
            await using var db = BenchDatabase.Context(connectionString);
            watch.Restart();
            report = await ScreeningCompliance.ComputeAsync(db, Province, From, To);
            watch.Stop();
            var page = Stopwatch.StartNew();
            var missed = await report.MissedAsync(null, 21, CancellationToken.None);
            missedMs = page.Elapsed.TotalMilliseconds;
            if (i > 0) times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine($"run {i}{(i <= 0 ? " (warm-up)" : "")}: {watch.Elapsed.TotalMilliseconds:F1} ms; first page of missed ({missed.Count}): {missedMs:F1} ms");
        }
        times.Sort();
        var t = report!.Totals;
        Console.WriteLine($"groups {report.Plan.Groups.Count}, periods {report.Plan.PeriodCount}; units {t.UnitCount}, compliant {t.CompliantCount}, " +
                          $"required {t.RequiredRounds}, recorded {t.RecordedRounds}, byRegion {report.ByRegion.Count}");
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"screeningCompliance({Province}, {From:yyyy-MM-dd}, {To:yyyy-MM-dd}): median {times[times.Count / 2]:F1} ms, " +
                          $"min {times[0]:F1} ms, max {times[^1]:F1} ms over {runs} runs");
    }

    /// <summary>
    /// Villages and communities: a round in four weeks of five, on a random weekday, and one on a sensitive day in three; townships: one a month and a
    /// KEY_PERIOD round on nine sensitive days of ten; county centres: one a quarter. Deterministic.
    /// </summary>
    private static async Task<long> LoadRoundsAsync(NpgsqlConnection connection)
    {
        var random = new Random(20241231);
        var committees = new List<(long Id, string Kind, string Region)>();
        await using (var cmd = new NpgsqlCommand("SELECT id, kind, region_code FROM committees ORDER BY id", connection))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) committees.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        var sensitive = new List<DateOnly>();
        await using (var cmd = new NpgsqlCommand("SELECT DISTINCT d::date FROM sensitive_periods s, generate_series(s.starts_on, s.ends_on, interval '1 day') d WHERE s.starts_on >= '2024-01-01' AND s.ends_on <= '2024-12-31'", connection))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) sensitive.Add(DateOnly.FromDateTime(reader.GetDateTime(0)));

        long count = 0;
        await using var import = await connection.BeginBinaryImportAsync("COPY screening_rounds (committee_id, region_code, screened_on, kind) FROM STDIN (FORMAT BINARY)");
        async Task Write(long id, string region, DateOnly day, ScreeningKind kind)
        {
            await import.StartRowAsync();
            await import.WriteAsync(id, NpgsqlDbType.Bigint);
            await import.WriteAsync(region, NpgsqlDbType.Varchar);
            await import.WriteAsync(day, NpgsqlDbType.Date);
            await import.WriteAsync(kind.ToString(), NpgsqlDbType.Varchar);
            count++;
        }
        foreach (var (id, kind, region) in committees)
        {
            switch (kind)
            {
                case "Village" or "Community":
                    for (var monday = new DateOnly(2024, 1, 1); monday <= To; monday = monday.AddDays(7))
                        if (random.Next(5) != 0) await Write(id, region, monday.AddDays(random.Next(7)) is var d && d <= To ? d : monday, ScreeningKind.Routine);
                    foreach (var day in sensitive)
                        if (random.Next(3) == 0) await Write(id, region, day, ScreeningKind.KeyPeriod);
                    break;
                case "Township" or "Subdistrict":
                    for (var month = 1; month <= 12; month++) await Write(id, region, new DateOnly(2024, month, 1 + random.Next(28)), ScreeningKind.Routine);
                    foreach (var day in sensitive)
                        if (random.Next(10) != 0) await Write(id, region, day, ScreeningKind.KeyPeriod);
                    break;
                case "MediationCenter" when region.Length == 6:
                    for (var quarter = 0; quarter < 4; quarter++) await Write(id, region, new DateOnly(2024, 1 + 3 * quarter, 10), ScreeningKind.Routine);
                    break;
            }
        }
        await import.CompleteAsync();
        await import.DisposeAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE screening_rounds", connection);
        await analyze.ExecuteNonQueryAsync();
        return count;
    }
}
