using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Registry.Api.Hosting;
using Npgsql;
using Registry.Api.Schema;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Benchmarks;

/// <summary>
/// Training on PostgreSQL through the real GraphQL endpoint (in-process host): recording 1,000 attendees in one
/// recordAttendance, and trainingCompliance for a province of 50,000 committees, 200,000 mediators and a year of
/// sessions and attendances, bulk-loaded server-side (INSERT … SELECT generate_series).
/// </summary>
public static class TrainingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var province = args.ElementAtOrDefault(0) ?? "51";
        var runs = int.Parse(args.ElementAtOrDefault(1) ?? "5");
        var external = Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, external);
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_training_bench");

        var watch = Stopwatch.StartNew();
        await using var host = await StartHostAsync(connectionString);
        using var client = host.GetTestClient();
        // The organiser's token, signed with the benchmark host's own key.
        var token = host.Services.GetRequiredService<Registry.Api.Access.TokenIssuer>()
            .Issue("bench-organiser", Registry.Domain.Access.Role.TrainingOrganiser, province);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        await Query(client, "{ __typename }");
        Console.WriteLine($"schema, regions and requirements: {watch.ElapsedMilliseconds} ms");

        watch.Restart();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, Load(province));
            // The attendances bypassed the writers that keep training_credits: the migration's backfill fills it.
            await Execute(connection, Registry.Data.Migrations.TrainingCreditsBackfill.Sql(Registry.Data.DatabaseProvider.Postgres));
            await Execute(connection, "VACUUM ANALYZE");
        }
        Console.WriteLine($"province {province}: 50,000 committees, 200,000 mediators, 2,000 sessions and 400,000 attendances in 2026: {watch.ElapsedMilliseconds} ms");

        // 1,000 mediators serving in the first prefecture, recorded at a session that prefecture organises.
        long[] ids;
        string prefecture;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"SELECT substr(c.region_code, 1, 4), array_agg(a.mediator_id ORDER BY a.mediator_id) FROM appointments a JOIN committees c ON c.id = a.committee_id " +
                $"WHERE c.region_code LIKE '{province}%' AND a.end_date IS NULL GROUP BY 1 HAVING count(*) >= 1000 ORDER BY 1 LIMIT 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            prefecture = reader.GetString(0);
            ids = ((long[])reader.GetValue(1)).Take(1000).ToArray();
        }
        const string schedule = """
            mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { trainingSession { id } userErrors { message } } }
            """;
        const string record = "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { createdCount updatedCount userErrors { field message } } }";
        var firstTimes = new List<double>();
        var againTimes = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var session = (await Query(client, schedule, new { input = new { organiserRegionCode = prefecture, form = "PRACTICAL_DRILL",
                topics = new[] { "MEDIATION_SKILLS" }, title = $"基准实训{i}", date = $"2026-10-{10 + i:00}", hours = 4 } }))
                ["scheduleTrainingSession"]!["trainingSession"]!["id"]!.GetValue<string>();
            foreach (var (hours, times) in new[] { (4.0, firstTimes), (3.5, againTimes) })
            {
                var attendees = ids.Select(id => new { mediatorId = GlobalId.Encode("Mediator", id), hours }).ToArray();
                watch.Restart();
                var payload = (await Query(client, record, new { input = new { sessionId = session, attendees } }))["recordAttendance"]!;
                watch.Stop();
                if (payload["userErrors"]!.AsArray().Count > 0) throw new InvalidOperationException(payload.ToJsonString());
                Console.WriteLine($"recordAttendance run {i} (created {payload["createdCount"]}, updated {payload["updatedCount"]}): {watch.Elapsed.TotalMilliseconds:F0} ms");
                if (i > 0) times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var report = $$"""
            { trainingCompliance(regionCode: "{{province}}", year: 2026) { mediatorCount compliantCount
              behind(first: 20) { totalCount nodes { mediator { name } hours practicalCount lacks { kind missing } } }
              byRegion { regionCode mediatorCount compliantCount } hoursByTier { tier hours } hoursByForm { form hours } } }
            """;
        var reportTimes = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            watch.Restart();
            var data = (await Query(client, report))["trainingCompliance"]!;
            watch.Stop();
            Console.WriteLine($"trainingCompliance run {i}: {watch.Elapsed.TotalMilliseconds:F0} ms (mediators {data["mediatorCount"]}, compliant {data["compliantCount"]}, behind {data["behind"]!["totalCount"]})");
            if (i > 0) reportTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"recordAttendance 1,000 new attendees: median {Median(firstTimes):F0} ms; the same 1,000 again with new hours: median {Median(againTimes):F0} ms (over {runs} runs after a warm-up)");
        Console.WriteLine($"trainingCompliance({province}, 2026) full report: median {Median(reportTimes):F0} ms over {runs} runs");
        // BENCH_HOLD_SECONDS keeps the loaded database a while, e.g. to EXPLAIN the report's commands by hand.
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_SECONDS"), out var hold))
        {
            Console.WriteLine($"holding {connectionString} for {hold} s");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<JsonNode> Query(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is { } errors) throw new InvalidOperationException(errors.ToJsonString());
        return body["data"]!;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Committees spread over the province's townships; four mediators each; 2,000 county sessions, two attendances per mediator (credits and statistics follow).</summary>
    private static string Load(string province) => $"""
        CREATE TEMP TABLE towns AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM regions WHERE code LIKE '{province}%' AND length(code) = 9;
        CREATE TEMP TABLE counties AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM regions WHERE code LIKE '{province}%' AND length(code) = 6;
        INSERT INTO committees (name, kind, region_code, established_on, has_full_time_conditions, has_party_organisation, uniformities, implementations)
        SELECT '委员会' || g, CASE WHEN g % 5 = 0 THEN 'Township' ELSE 'Village' END, t.code, DATE '2010-01-01', false, false, 0, 0
        FROM generate_series(1, 50000) g JOIN towns t ON t.n = 1 + g % (SELECT count(*) FROM towns);
        INSERT INTO mediators (name, gender, birth_date, id_number, background)
        SELECT '调解员' || g, CASE WHEN g % 2 = 0 THEN 'Male' ELSE 'Female' END, DATE '1970-01-01' + (g % 9000), 'B' || lpad(g::text, 17, '0'), 'None'
        FROM generate_series(1, 200000) g;
        INSERT INTO appointments (mediator_id, committee_id, role, employment, start_date, end_date)
        SELECT m.id, c.id, 'Member', CASE WHEN m.id % 7 = 0 THEN 'FullTime' ELSE 'PartTime' END, DATE '2015-01-01',
               CASE WHEN m.id % 50 = 0 THEN DATE '2026-03-31' END
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM mediators) m
        JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM committees) c ON c.n = 1 + (m.n - 1) / 4;
        INSERT INTO training_sessions (region_code, tier, form, topics, title, date, minutes, location, is_practical)
        SELECT c.code, 'County', CASE WHEN g % 3 = 0 THEN 'PracticalDrill' ELSE 'Lecture' END, 8, '培训' || g, DATE '2026-01-05' + (g % 300), 60 * (2 + g % 6), NULL, g % 3 = 0
        FROM generate_series(1, 2000) g JOIN counties c ON c.n = 1 + g % (SELECT count(*) FROM counties);
        INSERT INTO attendances (session_id, mediator_id, status, minutes)
        SELECT DISTINCT ON (s.id, a.mediator_id) s.id, a.mediator_id, 'Attended', s.minutes
        FROM appointments a JOIN committees c ON c.id = a.committee_id
        CROSS JOIN LATERAL (SELECT s.id, s.minutes FROM training_sessions s WHERE s.region_code = substr(c.region_code, 1, 6)
                            ORDER BY (s.id * 7919 + a.mediator_id) % 1009 LIMIT 2) s
        WHERE a.mediator_id % 10 <> 0;
        """;

    /// <summary>The service as Program.cs builds it, on an in-memory test server (no sockets).</summary>
    private static async Task<WebApplication> StartHostAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.WebHost.UseSetting("Database:Provider", "Postgres");
        builder.WebHost.UseSetting("ConnectionStrings:Registry", connectionString);
        builder.WebHost.UseSetting("Seed:Demo", "false");
        builder.WebHost.UseSetting("Auth:SigningKey", "registry-benchmark-signing-key-0123456789abcdef");
        builder.WebHost.UseSetting("Cases:PartyHashKey", "registry-benchmark-party-hash-key");
        builder.WebHost.UseSetting("Logging:LogLevel:Default", "Warning");
        if (Environment.GetEnvironmentVariable("BENCH_LOG_SQL") == "1")
            builder.WebHost.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        builder.AddRegistry();
        var app = builder.Build();
        app.MapRegistry();
        await app.StartAsync();
        return app;
    }
}
