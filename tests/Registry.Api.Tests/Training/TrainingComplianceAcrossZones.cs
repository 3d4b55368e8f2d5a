using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Training;

/// <summary>
/// trainingCompliance for Sichuan (51), whose prefectures Mianyang (5107: one practical session a year) and Ya'an
/// (5118: 20 hours a year) set their own requirements, with mediators holding two appointments at once. Worked out by
/// hand; each database is fresh, so the province holds only these four.
/// </summary>
public abstract class TrainingComplianceAcrossZones(RegistryApp app)
{
    private readonly TrainingScenario scenario = new(app);

    private const string Report = """
        query($after: String) { trainingCompliance(regionCode: "51", year: 2026) { mediatorCount compliantCount
          behind(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
            nodes { mediator { name } hours practicalCount requiredHours requiredPracticalSessions } }
          byRegion { regionCode mediatorCount compliantCount }
          hoursByTier { tier hours attendanceCount } } }
        """;

    [Fact]
    public async Task AMediatorServingInTwoPrefecturesCountsOnceInTheProvinceAndInEachPrefectureAgainstBothRequirements()
    {
        // 两地: serves in Mianyang and Ya'an at once; 4 h of practice meet Mianyang's figure, not Ya'an's 20 h.
        var both = await scenario.Mediator("510704", "两地");
        await scenario.Roster.Appoint(both.Id, await scenario.Roster.Committee("511822", kind: "MEDIATION_CENTER"), employment: "PART_TIME");
        var mianyang = await scenario.Mediator("510704", "绵阳");                 // one practical session: compliant
        var yaan = await scenario.Mediator("511822", "雅安");                      // nothing: lacks 20 h
        // 换岗: moved from Mianyang to Ya'an with a month of overlap; on asOf serves in Ya'an only, where 20 h comply.
        var moved = await scenario.Mediator("510704", "换岗", end: "2026-03-31");
        await scenario.Roster.Appoint(moved.Id, await scenario.Roster.Committee("511822", kind: "MEDIATION_CENTER"),
            employment: "PART_TIME", startDate: "2026-03-01");
        var drill = await scenario.Session("51", "2026-05-12", hours: 4, form: "PRACTICAL_DRILL");
        var course = await scenario.Session("51", "2026-06-02", hours: 20);
        await scenario.Attend(drill, both.Id, mianyang.Id);
        await scenario.Attend(course, moved.Id);

        var report = (await app.Data(Report, new { after = (string?)null }))["trainingCompliance"]!;

        Assert.Equal((4, 2), (report["mediatorCount"]!.GetValue<int>(), report["compliantCount"]!.GetValue<int>()));
        var byRegion = report["byRegion"]!.AsArray().Where(r => r!["mediatorCount"]!.GetValue<int>() > 0)
            .Select(r => (r!["regionCode"]!.GetValue<string>(), r["mediatorCount"]!.GetValue<int>(), r["compliantCount"]!.GetValue<int>())).ToList();
        Assert.Equal([("5107", 2, 1), ("5118", 3, 1)], byRegion);
        var tiers = report["hoursByTier"]!.AsArray().Select(t => (t!["tier"]!.GetValue<string>(), t["hours"]!.GetValue<double>(), t["attendanceCount"]!.GetValue<int>()));
        Assert.Equal([("PROVINCE", 28.0, 3)], tiers);

        var first = report["behind"]!;
        Assert.Equal((2, true), (first["totalCount"]!.GetValue<int>(), first["pageInfo"]!["hasNextPage"]!.GetValue<bool>()));
        Assert.Equal(("两地", 4.0, 1, 20.0, 1), Shortfall(first["nodes"]![0]!));
        // The next page is its own statement over the same per-mediator rows.
        var next = (await app.Data(Report, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["trainingCompliance"]!["behind"]!;
        Assert.Equal((2, false), (next["totalCount"]!.GetValue<int>(), next["pageInfo"]!["hasNextPage"]!.GetValue<bool>()));
        Assert.Equal(("雅安", 0.0, 0, 20.0, 0), Shortfall(next["nodes"]![0]!));
    }

    private static (string, double, int, double, int) Shortfall(JsonNode node) =>
        (node["mediator"]!["name"]!.GetValue<string>(), node["hours"]!.GetValue<double>(), node["practicalCount"]!.GetValue<int>(),
            node["requiredHours"]!.GetValue<double>(), node["requiredPracticalSessions"]!.GetValue<int>());
}

public sealed class SqliteTrainingComplianceAcrossZones(SqliteApp app) : TrainingComplianceAcrossZones(app), IClassFixture<SqliteApp>;

public sealed class PostgresTrainingComplianceAcrossZones(PostgresApp app) : TrainingComplianceAcrossZones(app), IClassFixture<PostgresApp>;
