using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Training;

/// <summary>trainingCompliance against requirements shipped in seed/ (Mianyang 1 practical a year, Ya'an 20 h a year).</summary>
public abstract class TrainingComplianceReporting(RegistryApp app)
{
    private readonly TrainingScenario scenario = new(app);

    private const string Report = """
        query($code: String!, $year: Int!) { trainingCompliance(regionCode: $code, year: $year) {
          regionCode year asOf mediatorCount compliantCount
          requirement { minHoursPerYear minPracticalSessionsPerYear }
          behind(first: 10) { totalCount nodes { mediator { name } hours practicalCount requiredHours requiredPracticalSessions summary lacks { kind required actual missing message } } }
          byRegion { regionCode mediatorCount compliantCount behindCount }
          hoursByTier { tier hours attendanceCount } hoursByForm { form hours attendanceCount } } }
        """;

    private async Task<JsonNode> ReportAsync(string code, int year) =>
        (await app.Data(Report, new { code, year }))["trainingCompliance"]!;

    [Fact]
    public async Task MianyangMediatorWithoutPracticalTrainingIsBehindByOnePracticalSession()
    {
        var drilled = await scenario.Mediator("510704", "实训过");
        var lectured = await scenario.Mediator("510704", "只听课");
        var drill = await scenario.Session("510704", "2026-05-12", hours: 4, form: "PRACTICAL_DRILL");
        var lecture = await scenario.Session("510704", "2026-06-02", hours: 2, form: "LECTURE");
        await scenario.Attend(drill, drilled.Id);
        await scenario.Attend(lecture, lectured.Id);

        var report = await ReportAsync("510704", 2026);
        Assert.Equal("2026-11-22", report["asOf"]!.GetValue<string>());
        Assert.Equal(1, report["requirement"]!["minPracticalSessionsPerYear"]!.GetValue<int>());
        Assert.Equal(0.0, report["requirement"]!["minHoursPerYear"]!.GetValue<double>());
        Assert.Equal((2, 1), (report["mediatorCount"]!.GetValue<int>(), report["compliantCount"]!.GetValue<int>()));
        var behind = Assert.Single(report["behind"]!["nodes"]!.AsArray())!;
        Assert.Equal("只听课", behind["mediator"]!["name"]!.GetValue<string>());
        var lack = Assert.Single(behind["lacks"]!.AsArray())!;
        Assert.Equal(("PRACTICAL_SESSIONS", 1.0, 0.0, 1.0), (lack["kind"]!.GetValue<string>(), lack["required"]!.GetValue<double>(),
            lack["actual"]!.GetValue<double>(), lack["missing"]!.GetValue<double>()));
        Assert.Contains("实训", lack["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CountsHoursByTierAndChildRegionsWorkedOutByHand()
    {
        // Ya'an's demo requirement: 20 h a year. County 511822, townships 511822101 and 511822102.
        var committee101 = await scenario.Roster.Committee("511822101");
        var a = await scenario.Mediator("511822101", "甲", committeeId: committee101);        // 20 h: compliant
        var b = await scenario.Mediator("511822101", "乙", committeeId: committee101);        // 12 h: lacks 8 h
        var c = await scenario.Mediator("511822102", "丙");                                  // 0 h: lacks 20 h
        var left = await scenario.Mediator("511822102", "丁", end: "2026-06-30");            // left mid-year: not counted
        var county = await scenario.Session("511822", "2026-03-01", hours: 8);
        var prefecture = await scenario.Session("5118", "2026-04-01", hours: 12, form: "CASE_REVIEW");
        var lastYear = await scenario.Session("511822", "2025-12-31", hours: 8);
        await scenario.Attend(county, a.Id, b.Id, left.Id);
        await scenario.Attend(prefecture, a.Id);
        await scenario.Attend(lastYear, b.Id, c.Id);
        await scenario.RecordAsync(prefecture, new { mediatorId = b.Id, hours = 4, status = "PARTIAL" }, new { mediatorId = c.Id, status = "ABSENT" });

        var report = await ReportAsync("511822", 2026);
        Assert.Equal((3, 1), (report["mediatorCount"]!.GetValue<int>(), report["compliantCount"]!.GetValue<int>()));
        Assert.Equal(2, report["behind"]!["totalCount"]!.GetValue<int>());
        var behind = report["behind"]!["nodes"]!.AsArray().Select(n => (n!["mediator"]!["name"]!.GetValue<string>(), n["hours"]!.GetValue<double>(),
            n["requiredHours"]!.GetValue<double>(), n["lacks"]![0]!["missing"]!.GetValue<double>())).ToList();
        Assert.Equal([("乙", 12.0, 20.0, 8.0), ("丙", 0.0, 20.0, 20.0)], behind);

        var byRegion = report["byRegion"]!.AsArray().Where(r => r!["mediatorCount"]!.GetValue<int>() > 0)
            .Select(r => (r!["regionCode"]!.GetValue<string>(), r["mediatorCount"]!.GetValue<int>(), r["compliantCount"]!.GetValue<int>())).ToList();
        Assert.Equal([("511822101", 2, 1), ("511822102", 1, 0)], byRegion);

        // Credited in 2026 to the three counted: county 8 + 8, prefecture 12 + 4 (the leaver's 8 h are not theirs to count).
        var tiers = report["hoursByTier"]!.AsArray().Select(t => (t!["tier"]!.GetValue<string>(), t["hours"]!.GetValue<double>(), t["attendanceCount"]!.GetValue<int>())).ToList();
        Assert.Equal([("PREFECTURE", 16.0, 2), ("COUNTY", 16.0, 2)], tiers);
        var forms = report["hoursByForm"]!.AsArray().Select(t => (t!["form"]!.GetValue<string>(), t["hours"]!.GetValue<double>())).ToList();
        Assert.Equal([("LECTURE", 16.0), ("CASE_REVIEW", 16.0)], forms);

        const string paged = """
            query($after: String) { trainingCompliance(regionCode: "511822", year: 2026) {
              behind(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { mediator { name } } } } }
            """;
        var page1 = (await app.Data(paged, new { after = (string?)null }))["trainingCompliance"]!["behind"]!;
        Assert.Equal("乙", page1["nodes"]![0]!["mediator"]!["name"]!.GetValue<string>());
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var page2 = (await app.Data(paged, new { after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }))["trainingCompliance"]!["behind"]!;
        Assert.Equal(("丙", false, 2), (page2["nodes"]![0]!["mediator"]!["name"]!.GetValue<string>(),
            page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), page2["totalCount"]!.GetValue<int>()));

        var lastYearReport = await ReportAsync("511822", 2025);
        Assert.Equal("2025-12-31", lastYearReport["asOf"]!.GetValue<string>());
    }
}

public sealed class SqliteTrainingComplianceReporting(SqliteApp app) : TrainingComplianceReporting(app), IClassFixture<SqliteApp>;

public sealed class PostgresTrainingComplianceReporting(PostgresApp app) : TrainingComplianceReporting(app), IClassFixture<PostgresApp>;
