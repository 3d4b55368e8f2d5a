using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Data.Reports.Subsidies;

namespace Registry.Api.Tests.Subsidies;

/// <summary>
/// On PostgreSQL, right after its data is written (tables not yet analysed, so the planner thinks a scope holds one
/// case), no step of the subsidy statement runs once per case for every case. Inlined, the semi-joins for the lead's
/// certificate, the settled claims and the duplicates did: 85,849 loops for 293 cases, 15 s for a thousand, past the
/// command timeout in CI. They are materialised now (<c>SubsidySql.With</c>). The plans come from auto_explain, sent to
/// this connection as notices, with every node's actual loop count.
/// </summary>
public sealed class SubsidyStatementPlans(PostgresDemoApp app) : IClassFixture<PostgresDemoApp>
{
    [Fact]
    public async Task NoStepRunsOncePerCaseForEveryCase()
    {
        await SubsidyFixtureData.BuildAsync(app);
        await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var plans = new List<string>();
            connection.Notice += (_, e) =>
            {
                var text = e.Notice.MessageText;
                var start = text.IndexOf('{');
                if (text.StartsWith("duration:", StringComparison.Ordinal) && start >= 0) plans.Add(text[start..]);
            };
            await db.Database.ExecuteSqlRawAsync("LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; " +
                "SET auto_explain.log_analyze = on; SET auto_explain.log_timing = off; SET auto_explain.log_format = 'json'; " +
                "SET auto_explain.log_level = 'notice'; SET client_min_messages = 'notice'");

            foreach (var (region, from, to) in new[]
                     {
                         ("4401", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)),
                         ("419001", new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31)),
                         ("CN", new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31)),
                     })
            {
                plans.Clear();
                var lines = await SubsidyStatementQueries.LinesAsync(db, new SubsidyScope(region, from, to), null, null, 1_000_000, CancellationToken.None);
                Assert.True(lines.Count > 0, $"{region}: no line to plan");
                var loops = plans.Select(p => MaxLoops(JsonNode.Parse(p)!["Plan"]!)).DefaultIfEmpty(-1).Max();
                Assert.True(loops > 0, $"{region}: auto_explain sent no plan ({plans.Count} notices)");
                // A step per line, or per row of a table it probes from (419001 probes its 8,346 certificate spans), grows
                // with the data; one per pair of cases grows with its square: 85,849 loops for 293 lines, 1,077,444 for 1,038.
                var bound = Math.Max(2L * lines.Count + 50, (long)lines.Count * lines.Count / 4);
                Assert.True(loops < bound, $"{region}: a step ran {loops} times for {lines.Count} lines (bound {bound})");
            }
        });
    }

    private static long MaxLoops(JsonNode node)
    {
        var loops = node["Actual Loops"]?.GetValue<long>() ?? 0;
        foreach (var child in node["Plans"]?.AsArray() ?? [])
            loops = Math.Max(loops, MaxLoops(child!));
        return loops;
    }
}
