using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Benchmarks;

/// <summary>
/// Subsidies on PostgreSQL through the real GraphQL endpoint: the grading benchmark's province (50,000 committees,
/// 200,000 mediators, certificates for seven in ten, grades for a third) plus one more case per serving mediator closed
/// in 2026-Q1 (one in five with a co-mediator), so the quarter has about 300,000 closed cases, each with a party set
/// (one in 33 repeating the case before it); a province policy with a cap. Times subsidyStatement for the province-quarter and for its largest county, and createSubsidyClaim for that
/// county-quarter (each claim rejected again before the next run, which frees its cases).
/// </summary>
public static class SubsidyBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var province = args.ElementAtOrDefault(0) ?? "51";
        var runs = int.Parse(args.ElementAtOrDefault(1) ?? "5");
        var external = Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, external);
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_subsidy_bench");
        // BENCH_EXPLAIN=on logs each statement over a second with its EXPLAIN ANALYZE to the server's log (auto_explain).
        if (Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "on")
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await GradingBenchmark.Execute(connection, "LOAD 'auto_explain'"); // so that ALTER SYSTEM knows its settings
                foreach (var setting in new[] { "session_preload_libraries = 'auto_explain'", "auto_explain.log_min_duration = '1s'",
                             "auto_explain.log_analyze = on", "auto_explain.log_buffers = on", "log_min_duration_statement = 1000" })
                    await GradingBenchmark.Execute(connection, $"ALTER SYSTEM SET {setting}");
                await GradingBenchmark.Execute(connection, "SELECT pg_reload_conf()");
                Console.WriteLine($"plans go to {PostgresServer.Instance.DataDirectory}/../server.log");
            }
        await using var host = await GradingBenchmark.StartHostAsync(connectionString);
        using var bureau = Client(host, Role.BureauAdmin, province, "bench-bureau");
        using var clerk = Client(host, Role.FinanceClerk, province, "bench-clerk");
        using var approver = Client(host, Role.FinanceApprover, province, "bench-approver");
        await GradingBenchmark.Query(bureau, "{ __typename }");

        var watch = Stopwatch.StartNew();
        string county;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await GradingBenchmark.Execute(connection, GradingBenchmark.Load(province));
            await GradingBenchmark.Execute(connection, Quarter);
            await GradingBenchmark.Execute(connection, PartySets);
            await GradingBenchmark.Execute(connection, "VACUUM ANALYZE");
            await using var command = new NpgsqlCommand("SELECT substr(region_code, 1, 6) FROM committees GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1", connection);
            county = (string)(await command.ExecuteScalarAsync())!;
        }
        Console.WriteLine($"province {province} with a quarter of cases: {watch.ElapsedMilliseconds} ms; county {county}");
        await GradingBenchmark.Query(bureau, $$"""
            mutation { setSubsidyPolicy(input: { regionCode: "{{province}}", title: "基准", sourceDocument: "基准", effectiveFrom: "2020-01-01",
              rates: [{ difficulty: ORDINARY, agreement: WRITTEN, amountFen: 8000 }, { difficulty: ORDINARY, agreement: ORAL, amountFen: 5000 }],
              gradeCoefficients: [{ levelName: "四级", permille: 1100 }, { levelName: "三级", permille: 1200 }], leadSharePercent: 60, monthlyCapFen: 12000 })
              { userErrors { message } } }
            """);

        // BENCH_HOLD_SECONDS keeps the loaded database a while before the runs, e.g. to EXPLAIN the statement's SQL by hand.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_SECONDS"), out var hold))
        {
            Console.WriteLine($"holding {connectionString} for {hold} s");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        var results = new List<string>();
        foreach (var (name, region) in new[] { ("province", province), ("county", county) })
        {
            var query = $$"""
                { subsidyStatement(regionCode: "{{region}}", from: "2026-01-01", to: "2026-03-31") { totals { amount amountBeforeCap lines payableLines cases } } }
                """;
            results.Add(await TimeAsync($"subsidyStatement totals ({name} {region}, 2026-Q1)", runs, async () =>
                (await GradingBenchmark.Query(bureau, query))["subsidyStatement"]!["totals"]!.ToJsonString()));
        }
        results.Add(await TimeAsync($"createSubsidyClaim ({county}, 2026-Q1)", runs, async () =>
        {
            var created = (await GradingBenchmark.Query(clerk, $$"""
                mutation { createSubsidyClaim(input: { regionCode: "{{county}}", from: "2026-01-01", to: "2026-03-31" }) { claim { id amount lineCount } userErrors { message } } }
                """))["createSubsidyClaim"]!;
            var id = created["claim"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
            return created["claim"]!.ToJsonString() + " " + id;
        }, async detail =>
            await GradingBenchmark.Query(approver, $$"""mutation { rejectSubsidyClaim(input: { claimId: "{{detail.Split(' ')[^1]}}", reason: "基准" }) { userErrors { message } } }""")));
        foreach (var line in results) Console.WriteLine(line);
        // BENCH_HOLD_AFTER_SECONDS keeps it after the runs too, e.g. to re-run a logged statement by hand.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_AFTER_SECONDS"), out var after))
        {
            Console.WriteLine($"holding {connectionString} for {after} s");
            await Task.Delay(TimeSpan.FromSeconds(after));
        }
    }

    private static async Task<string> TimeAsync(string name, int runs, Func<Task<string>> work, Func<string, Task>? after = null)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var detail = await work();
            watch.Stop();
            Console.WriteLine($"{name} run {i}: {watch.Elapsed.TotalMilliseconds:F0} ms {detail}");
            if (i > 0) times.Add(watch.Elapsed.TotalMilliseconds);
            if (after is not null) await after(detail);
        }
        return $"{name}: median {times.Order().ElementAt(times.Count / 2):F0} ms over {runs} runs";
    }

    private static HttpClient Client(Microsoft.AspNetCore.Builder.WebApplication host, Role role, string jurisdiction, string subject)
    {
        var client = Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions.GetTestClient(host);
        var token = host.Services.GetRequiredService<Registry.Api.Access.TokenIssuer>().Issue(subject, role, jurisdiction);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A party set on every case, as an imported case with parties has: distinct, but one case in 33 has the set of the
    /// case before it, the same dispute brought again (DUPLICATE_DISPUTE when that one was an agreement received within
    /// the policy's window). Without party sets the statement's duplicate probe never runs.
    /// </summary>
    private const string PartySets = """
        UPDATE cases SET party_set_fingerprint = md5(CASE WHEN id % 33 = 0 THEN (id - 1)::text ELSE id::text END);
        """;

    /// <summary>One more case per serving mediator closed in 2026-Q1 (one in ten failed, one oral), one in five with the next mediator as co-mediator.</summary>
    private const string Quarter = """
        INSERT INTO cases (source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, received_on, closed_on, outcome,
                           turned_criminal, entered_on, days_to_close, received_day_number, entered_late)
        SELECT 'bench-q', a.mediator_id::text, a.committee_id, 'Neighbours', 'Ordinary', a.mediator_id, r, r + 10,
               CASE a.mediator_id % 10 WHEN 0 THEN 'Failed' WHEN 1 THEN 'OralAgreement' ELSE 'WrittenAgreement' END,
               false, r + 10 + (a.mediator_id % 40)::int, 10, r - DATE '0001-01-01', false
        FROM appointments a CROSS JOIN LATERAL (SELECT DATE '2025-12-25' + (a.mediator_id % 80)::int AS r) d
        WHERE a.end_date IS NULL;
        INSERT INTO case_co_mediators (case_id, mediator_id)
        SELECT k.id, k.lead_mediator_id + 1 FROM cases k WHERE k.source_platform = 'bench-q' AND k.id % 5 = 0
          AND EXISTS (SELECT 1 FROM mediators m WHERE m.id = k.lead_mediator_id + 1);
        """;
}
