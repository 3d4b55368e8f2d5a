using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Npgsql;
using Registry.Api.Hosting;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Benchmarks;

/// <summary>
/// Grading on PostgreSQL through the real GraphQL endpoint (in-process host): gradeEligibility (一级 of the national
/// ladder, every criterion asked over three years) and uncertifiedServing for a province of 50,000 committees and 200,000
/// serving mediators with a year of cases (about 390,000), three years of training credits, certificates for seven in
/// ten, grades for a third and some upheld complaints, bulk-loaded server-side (INSERT … SELECT generate_series).
/// </summary>
public static class GradingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var province = args.ElementAtOrDefault(0) ?? "51";
        var runs = int.Parse(args.ElementAtOrDefault(1) ?? "5");
        var level = args.ElementAtOrDefault(2) ?? "一级";
        var external = Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, external);
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_grading_bench");

        var watch = Stopwatch.StartNew();
        await using var host = await StartHostAsync(connectionString);
        using var client = host.GetTestClient();
        var token = host.Services.GetRequiredService<Registry.Api.Access.TokenIssuer>()
            .Issue("bench-bureau", Registry.Domain.Access.Role.BureauAdmin, province);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        await Query(client, "{ __typename }");
        Console.WriteLine($"schema, regions and ladders: {watch.ElapsedMilliseconds} ms");

        watch.Restart();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, Load(province));
            await Execute(connection, "VACUUM ANALYZE");
        }
        Console.WriteLine($"province {province}: 50,000 committees, 200,000 mediators, a year of cases, credits, certificates, grades: {watch.ElapsedMilliseconds} ms");

        // BENCH_HOLD_SECONDS keeps the loaded database a while before the runs, e.g. to EXPLAIN the report's SQL by hand.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_SECONDS"), out var hold))
        {
            Console.WriteLine($"holding {connectionString} for {hold} s");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        var eligibility = $$"""
            { gradeEligibility(regionCode: "{{province}}", level: "{{level}}", asOf: "2026-11-22", first: 20) { totalCount nodes { mediator { name } currentLevel } } }
            """;
        var everyone = $$"""
            { gradeEligibility(regionCode: "{{province}}", level: "{{level}}", asOf: "2026-11-22", all: true, first: 20) { totalCount nodes { mediator { name } eligible criteria { met } } } }
            """;
        var uncertified = $$"""
            { uncertifiedServing(regionCode: "{{province}}", asOf: "2026-11-22", first: 20) { totalCount nodes { name } } }
            """;
        var results = new List<string>();
        foreach (var (name, query, pick) in new (string, string, Func<JsonNode, string>)[]
                 {
                     ("gradeEligibility", eligibility, d => $"eligible {d["gradeEligibility"]!["totalCount"]}"),
                     ("gradeEligibility(all: true)", everyone, d => $"judged {d["gradeEligibility"]!["totalCount"]}"),
                     ("uncertifiedServing", uncertified, d => $"uncertified {d["uncertifiedServing"]!["totalCount"]}"),
                 })
        {
            var times = new List<double>();
            for (var i = 0; i <= runs; i++)
            {
                watch.Restart();
                var data = await Query(client, query);
                watch.Stop();
                Console.WriteLine($"{name} run {i}: {watch.Elapsed.TotalMilliseconds:F0} ms ({pick(data)})");
                if (i > 0) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            results.Add($"{name}({province}, {level}): median {times.Order().ElementAt(times.Count / 2):F0} ms over {runs} runs");
        }
        foreach (var line in results) Console.WriteLine(line);
    }

    internal static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 900 };
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<JsonNode> Query(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is { } errors) throw new InvalidOperationException(errors.ToJsonString());
        return body["data"]!;
    }

    /// <summary>
    /// Four mediators per committee (one in fifty has left); two cases each closed between 2025-12 and 2026-11 (one in ten
    /// failed, one oral, one withdrawn, a few turned criminal); credits for 2024–2026; a certificate for seven in ten
    /// (some expired, some suspended); 四级 for a third, 三级 for a ninth; an upheld complaint for one in 97.
    /// </summary>
    internal static string Load(string province) => $"""
        CREATE TEMP TABLE towns AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM regions WHERE code LIKE '{province}%' AND length(code) = 9;
        INSERT INTO committees (name, kind, region_code, established_on, has_full_time_conditions, has_party_organisation, uniformities, implementations)
        SELECT '委员会' || g, CASE WHEN g % 5 = 0 THEN 'Township' ELSE 'Village' END, t.code, DATE '2010-01-01', false, false, 0, 0
        FROM generate_series(1, 50000) g JOIN towns t ON t.n = 1 + g % (SELECT count(*) FROM towns);
        INSERT INTO mediators (name, gender, birth_date, id_number, background)
        SELECT '调解员' || g, CASE WHEN g % 2 = 0 THEN 'Male' ELSE 'Female' END, DATE '1970-01-01' + (g % 9000), 'B' || lpad(g::text, 17, '0'), 'None'
        FROM generate_series(1, 200000) g;
        INSERT INTO appointments (mediator_id, committee_id, role, employment, start_date, end_date)
        SELECT m.id, c.id, 'Member', CASE WHEN m.id % 7 = 0 THEN 'FullTime' ELSE 'PartTime' END, DATE '2015-01-01' + (m.id % 3000)::int,
               CASE WHEN m.id % 50 = 0 THEN DATE '2026-03-31' END
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM mediators) m
        JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM committees) c ON c.n = 1 + (m.n - 1) / 4;
        INSERT INTO cases (source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, received_on, closed_on, outcome,
                           turned_criminal, entered_on, days_to_close, received_day_number, entered_late)
        SELECT 'bench', a.mediator_id || '-' || k, a.committee_id, 'Neighbours', 'Ordinary', a.mediator_id, r, r + 10,
               CASE (a.mediator_id + k) % 10 WHEN 0 THEN 'Failed' WHEN 1 THEN 'OralAgreement' WHEN 2 THEN 'Withdrawn' ELSE 'WrittenAgreement' END,
               (a.mediator_id * k) % 997 = 0, r + 10, 10, r - DATE '0001-01-01', false
        FROM appointments a CROSS JOIN generate_series(1, 2) k
        CROSS JOIN LATERAL (SELECT DATE '2025-11-20' + ((a.mediator_id * 7 + k * 13) % 355)::int AS r) d
        WHERE a.end_date IS NULL;
        INSERT INTO training_credits (mediator_id, year, minutes, practical_sessions, attendances)
        SELECT m.id, y, 60 * (m.id % 50)::int, (m.id % 2)::int, 2 FROM mediators m CROSS JOIN generate_series(2024, 2026) y WHERE m.id % 10 <> 0;
        INSERT INTO certificates (mediator_id, number, region_code, issued_on, valid_until, status, version)
        SELECT m.id, 'B-' || m.id, '{province}', DATE '2024-01-01', CASE WHEN m.id % 13 = 0 THEN DATE '2026-06-30' ELSE DATE '2027-12-31' END,
               CASE WHEN m.id % 50 = 1 THEN 'Suspended' ELSE 'Active' END, 1
        FROM mediators m WHERE m.id % 10 < 7;
        INSERT INTO certificate_events (certificate_id, mediator_id, sequence, kind, "on", status_after, valid_until_after)
        SELECT id, mediator_id, 1, 'Issued', issued_on, 'Active', valid_until FROM certificates;
        INSERT INTO certificate_events (certificate_id, mediator_id, sequence, kind, "on", status_after, valid_until_after, reason)
        SELECT id, mediator_id, 2, 'Suspended', DATE '2026-05-01', 'Suspended', valid_until, '基准' FROM certificates WHERE status = 'Suspended';
        INSERT INTO grade_assessments (mediator_id, ladder_id, level_code, level_name, rank, assessed_on, region_code, basis)
        SELECT m.id, l.id, 'LEVEL_4', '四级', 1, DATE '2021-06-01', '{province}', '基准' FROM mediators m, grade_ladders l WHERE l.region_code = 'CN' AND m.id % 3 = 0;
        INSERT INTO grade_assessments (mediator_id, ladder_id, level_code, level_name, rank, assessed_on, region_code, basis)
        SELECT m.id, l.id, 'LEVEL_3', '三级', 2, DATE '2023-06-01', '{province}', '基准' FROM mediators m, grade_ladders l WHERE l.region_code = 'CN' AND m.id % 9 = 0;
        INSERT INTO grade_assessments (mediator_id, ladder_id, level_code, level_name, rank, assessed_on, region_code, basis)
        SELECT m.id, l.id, 'LEVEL_2', '二级', 3, DATE '2023-06-01', '{province}', '基准' FROM mediators m, grade_ladders l WHERE l.region_code = 'CN' AND m.id % 27 = 0;
        INSERT INTO complaints (mediator_id, region_code, received_on, summary, outcome, resolved_on, version)
        SELECT m.id, '{province}', DATE '2026-02-01', '基准投诉', 'Upheld', DATE '2026-03-01', 1 FROM mediators m WHERE m.id % 97 = 0;
        """;

    internal static async Task<WebApplication> StartHostAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.WebHost.UseSetting("Database:Provider", "Postgres");
        builder.WebHost.UseSetting("ConnectionStrings:Registry", connectionString);
        builder.WebHost.UseSetting("Seed:Demo", "false");
        builder.WebHost.UseSetting("Auth:SigningKey", "registry-benchmark-signing-key-0123456789abcdef");
        builder.WebHost.UseSetting("Cases:PartyHashKey", "registry-benchmark-party-hash-key");
        builder.WebHost.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.AddRegistry();
        var app = builder.Build();
        app.MapRegistry();
        await app.StartAsync();
        return app;
    }
}
