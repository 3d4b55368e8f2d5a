using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Seeding;
using Registry.Data.Reports.Staffing;

namespace Registry.Benchmarks;

/// <summary>
/// Times the staffing compliance summary (counts, byKind, byRegion, targets) for a province-sized roster on PostgreSQL.
/// Usage: dotnet run -c Release --project benchmarks/Registry.Benchmarks -- staffing [province] [asOf] [runs] [reported region]
/// </summary>
public static class StaffingBenchmark
{
    public static async Task RunAsync(string[] args)
    {

        // Times the staffing compliance summary (counts, byKind, byRegion, targets) for a province-sized roster on PostgreSQL.
        // Usage: dotnet run -c Release --project benchmarks/Registry.Benchmarks [province] [asOf] [runs] [reported region]
        // REGISTRY_BENCH_POSTGRES: a server where the role may CREATE DATABASE; otherwise a throwaway cluster is started.
        var province = args.ElementAtOrDefault(0) ?? "22";
        var asOf = DateOnly.Parse(args.ElementAtOrDefault(1) ?? "2020-06-01");
        var runs = int.Parse(args.ElementAtOrDefault(2) ?? "9");
        var reported = args.ElementAtOrDefault(3) ?? province; // a prefecture or county of the province, to time a smaller report

        var external = Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, external);
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_bench");
        // BENCH_WORK_MEM (e.g. 32MB) sets work_mem for the benchmark's sessions; the throwaway cluster keeps the 4MB default.
        if (Environment.GetEnvironmentVariable("BENCH_WORK_MEM") is { Length: > 0 } workMem)
            connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Options = $"-c work_mem={workMem}" }.ConnectionString;

        var builder = RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(), DatabaseProvider.Postgres, connectionString);
        if (Environment.GetEnvironmentVariable("BENCH_LOG_SQL") == "1")
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        var options = builder.Options;

        var watch = Stopwatch.StartNew();
        await using (var db = new PostgresRegistryDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.MigrateAsync();
            await RegionImporter.ImportIfEmptyAsync(db);
            await ReferenceDataSeeder.SeedAsync(db, CancellationToken.None);
        }
        Console.WriteLine($"schema, regions and policies: {watch.ElapsedMilliseconds} ms");

        watch.Restart();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await new ProvinceRoster(committees: 50_000, mediators: 200_000, secondAppointments: 30_000).LoadAsync(connection, province);
        }
        Console.WriteLine($"roster (50,000 committees, 200,000 mediators, 230,000 appointments) by binary COPY: {watch.ElapsedMilliseconds} ms");

        await Explain.RunAsync(connectionString);

        var times = new List<double>();
        var cpuTimes = new List<double>();
        StaffingComplianceReport? report = null;
        const int warmUps = 3; // the service is long-running: measure after the JIT has settled
        for (var i = 1 - warmUps; i <= runs; i++)
        {
            await using var db = new PostgresRegistryDbContext(options); // a new context per run, as per request
            await db.Database.OpenConnectionAsync(); // one server process for the whole report, so its CPU time can be read
            var backend = await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
            var serverCpu = ProcessCpu.OfPid(backend);
            var clientCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            report = await StaffingCompliance.ComputeAsync(db, reported, asOf);
            var summary = (report.CommitteeCount, report.ByKind.Count, report.ByRegion.Count, report.Targets.Count);
            watch.Stop();
            var serverUsed = ProcessCpu.OfPid(backend) - serverCpu;
            var cpu = serverUsed + (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - clientCpu);
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpuTimes.Add(cpu.TotalMilliseconds);
            }
            Console.WriteLine($"run {i}{(i <= 0 ? " (warm-up)" : "")}: {watch.Elapsed.TotalMilliseconds:F1} ms wall, {cpu.TotalMilliseconds:F0} ms CPU (server {serverUsed.TotalMilliseconds:F0} + client) {summary}");
        }

        // Where the time goes, one phase at a time (same queries as the report).
        for (var round = 0; round < 3; round++)
        await using (var db = new PostgresRegistryDbContext(options))
        {
            Console.WriteLine($"  phases, round {round}");
            var phase = Stopwatch.StartNew();
            var policies = await db.RelevantStaffingPoliciesAsync(province, CancellationToken.None);
            Console.WriteLine($"  phase policies: {phase.Elapsed.TotalMilliseconds:F1} ms"); phase.Restart();
            var policyRegions = StaffingCompliance.PolicyRegions(policies, asOf);
            var groups = await db.CommitteeGroupsAsync(province, asOf, province.Length + 2, policyRegions, CancellationToken.None);
            Console.WriteLine($"  phase committee groups ({groups.Count} groups of {groups.Sum(g => g.Count)} committees): {phase.Elapsed.TotalMilliseconds:F1} ms"); phase.Restart();
            var tallies = await db.TalliesAsync(province, asOf, province.Length + 2, CancellationToken.None);
            Console.WriteLine($"  phase tallies: {phase.Elapsed.TotalMilliseconds:F1} ms"); phase.Restart();
            var rows = await db.CommitteeRowsAsync(province, asOf, policyRegions, CancellationToken.None);
            StaffingCompliance.Assess(rows, policies, asOf);
            Console.WriteLine($"  phase committees one by one, read and judged (shortfalls, exports only): {phase.Elapsed.TotalMilliseconds:F1} ms"); phase.Restart();
            await db.FullTimeMediatorsAsync(province, asOf.AddYears(-1), 4, CancellationToken.None);
            Console.WriteLine($"  phase full-time a year earlier: {phase.Elapsed.TotalMilliseconds:F1} ms");
        }

        times.Sort();
        cpuTimes.Sort();
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}; median CPU time per report {cpuTimes[cpuTimes.Count / 2]:F0} ms (server backend + client process)");
        Console.WriteLine($"staffingCompliance({reported}, {asOf:yyyy-MM-dd}) summary: median {times[times.Count / 2]:F1} ms, " +
                          $"min {times[0]:F1} ms, max {times[^1]:F1} ms over {runs} runs");
        Console.WriteLine($"committees {report!.CommitteeCount}, compliant {report.CompliantCount}, shortfalls {report.ShortfallCount}, " +
                          $"conditional {report.ConditionalShortfallCount}, mediators {report.MediatorCount}, full-time {report.FullTimeMediatorCount} " +
                          $"({report.FullTimeShare:P1}), byKind {report.ByKind.Count}, byRegion {report.ByRegion.Count}, targets {report.Targets.Count}");
        foreach (var t in report.Targets) Console.WriteLine($"  {t.Metric}: target {t.Target}, actual {t.Actual?.ToString("F3") ?? "null"}, met {t.Met?.ToString() ?? "null"}");
        // BENCH_HOLD_SECONDS keeps the loaded database a while, e.g. to EXPLAIN the report's commands by hand.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_SECONDS"), out var hold))
        {
            Console.WriteLine($"holding {connectionString} for {hold} s");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
    }
}
