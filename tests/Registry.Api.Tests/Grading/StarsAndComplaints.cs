using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Grading;

/// <summary>Committee stars as a history, complaints resolved once, and an upheld complaint grounding a suspension.</summary>
public abstract class StarsAndComplaints(RegistryApp app)
{
    private readonly GradingScenario s = new(app);

    [Fact]
    public async Task StarsFollowTheLatestAssessmentOnOrBeforeTheDay()
    {
        var committee = await s.Training.Roster.Committee("510703", "SUBDISTRICT", establishedOn: "2015-01-01");
        async Task Rate(int stars, string assessedOn) => GradingScenario.Ok(await s.Mutate("rateCommittee", "RateCommitteeInput", "starRating { stars }",
            new { committeeId = committee, stars, assessedOn, basis = "年度评星", assessingRegionCode = "510703" }));
        await Rate(3, "2024-12-20");
        await Rate(5, "2026-01-15");
        var refused = GradingScenario.Error(await s.Mutate("rateCommittee", "RateCommitteeInput", "starRating { stars }",
            new { committeeId = committee, stars = 6, assessedOn = "2026-02-01", basis = "x", assessingRegionCode = "510703" }));
        Assert.Equal(("stars", "OUT_OF_RANGE"), (refused.Field, refused.Code));

        var data = await app.Data("""
            query($id: ID!) { node(id: $id) { ... on Committee { starRating stars a: stars(asOf: "2025-06-01") b: stars(asOf: "2024-01-01")
              starHistory { totalCount nodes { stars assessedOn } } } } }
            """, new { id = committee });
        var node = data["node"]!;
        Assert.Equal((5, 5, 3), (node["starRating"]!.GetValue<int>(), node["stars"]!.GetValue<int>(), node["a"]!.GetValue<int>()));
        Assert.Null(node["b"]);
        Assert.Equal(2, node["starHistory"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnUpheldComplaintCanGroundASuspensionAndIsResolvedOnce()
    {
        var m = await s.Training.Mediator("440106", "被投诉");
        var certificate = await s.IssueOk(m.Id, "2025-01-01", "2027-12-31", "440106");
        var open = await s.Complaint(m.Id, "2026-03-01", "440106");
        var notYet = GradingScenario.Error(await s.Change("suspendCertificate", certificate, "2026-03-05", "投诉", open));
        Assert.Equal(("complaintId", "INVALID_STATE"), (notYet.Field, notYet.Code));

        GradingScenario.Ok(await s.Mutate("resolveComplaint", "ResolveComplaintInput", "complaint { outcome resolvedOn }",
            new { complaintId = open, outcome = "UPHELD", resolvedOn = "2026-04-01" }));
        var twice = GradingScenario.Error(await s.Mutate("resolveComplaint", "ResolveComplaintInput", "complaint { outcome }",
            new { complaintId = open, outcome = "DISMISSED", resolvedOn = "2026-04-02" }));
        Assert.Equal(("complaintId", "INVALID_STATE"), (twice.Field, twice.Code));

        var suspended = await s.Change("suspendCertificate", certificate, "2026-04-02", "投诉成立", open);
        GradingScenario.Ok(suspended);
        Assert.Equal("SUSPENDED", suspended["certificate"]!["status"]!.GetValue<string>());

        var commended = await s.Mutate("recordCommendation", "RecordCommendationInput", "commendation { title mediator { name } }",
            new { mediatorId = m.Id, title = "我最喜爱的人民调解员", level = "PREFECTURE", awardedOn = "2025-10-01", awardedBy = "广州市司法局", awardingRegionCode = "4401" });
        GradingScenario.Ok(commended);
        var both = GradingScenario.Error(await s.Mutate("recordCommendation", "RecordCommendationInput", "commendation { title }",
            new { title = "先进", level = "COUNTY", awardedOn = "2025-10-01", awardedBy = "天河区司法局", awardingRegionCode = "440106" }));
        Assert.Equal(("mediatorId", "INVALID"), (both.Field, both.Code));
    }
}

public sealed class SqliteStarsAndComplaints(SqliteApp app) : StarsAndComplaints(app), IClassFixture<SqliteApp>;

public sealed class PostgresStarsAndComplaints(PostgresApp app) : StarsAndComplaints(app), IClassFixture<PostgresApp>;
