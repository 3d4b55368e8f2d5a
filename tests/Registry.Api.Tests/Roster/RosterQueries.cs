using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Roster;

/// <summary>Lists cover a region's whole subtree, page with keyset cursors, and answer "as of" any date.</summary>
public abstract class RosterQueries(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);

    [Fact]
    public async Task CommitteesOfARegionCoverItsWholeSubtreeOnly()
    {
        // Wushen banner 150626: one township committee and one village committee inside, one committee in a neighbour county.
        await roster.Committee("150626100", "TOWNSHIP");
        await roster.Committee("150626100201", "VILLAGE");
        await roster.Committee("150625", "MEDIATION_CENTER");

        var data = await app.Data("""{ committees(regionCode: "150626") { totalCount nodes { regionCode kind } } }""");
        Assert.Equal(2, data["committees"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["committees"]!["nodes"]!.AsArray(), n => Assert.StartsWith("150626", n!["regionCode"]!.GetValue<string>()));

        var villages = await app.Data("""{ committees(regionCode: "1506", kinds: [VILLAGE]) { totalCount } }""");
        Assert.Equal(1, villages["committees"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task DissolvedCommitteesAreHiddenUnlessAskedForAndKeepTheirHistory()
    {
        var committee = await roster.Committee("419001100", "TOWNSHIP", name: "克井镇人民调解委员会（旧）");
        var mediator = await roster.Mediator();
        await roster.Appoint(mediator, committee, "FULL_TIME", "2016-01-01");
        var dissolved = await app.Data("""
            mutation($input: DissolveCommitteeInput!) { dissolveCommittee(input: $input) { committee { dissolvedOn isActive } userErrors { message } } }
            """, new { input = new { committeeId = committee, version = 1, dissolvedOn = "2024-06-30" } });
        Assert.Equal("2024-06-30", dissolved["dissolveCommittee"]!["committee"]!["dissolvedOn"]!.GetValue<string>());
        Assert.False(dissolved["dissolveCommittee"]!["committee"]!["isActive"]!.GetValue<bool>());

        var hidden = await app.Data("""{ committees(regionCode: "419001100", search: "（旧）") { totalCount } }""");
        Assert.Equal(0, hidden["committees"]!["totalCount"]!.GetValue<int>());
        var shown = await app.Data("""{ committees(regionCode: "419001100", search: "（旧）", includeDissolved: true) { totalCount } }""");
        Assert.Equal(1, shown["committees"]!["totalCount"]!.GetValue<int>());

        // The open appointment ended on the dissolution day; earlier dates still see it.
        var history = await app.Data("""
            query($id: ID!) { node(id: $id) { ... on Committee { before: fullTimeMediatorCount(asOf: "2024-06-30") after: fullTimeMediatorCount(asOf: "2024-07-01") } } }
            """, new { id = committee });
        Assert.Equal(1, history["node"]!["before"]!.GetValue<int>());
        Assert.Equal(0, history["node"]!["after"]!.GetValue<int>());
    }

    [Fact]
    public async Task AppointmentsAndFullTimeCountAnswerForPastDates()
    {
        var committee = await roster.Committee("419001101", "TOWNSHIP");
        var (a, b, c) = (await roster.Mediator("甲"), await roster.Mediator("乙"), await roster.Mediator("丙"));
        await roster.Appoint(a, committee, "FULL_TIME", "2018-01-01", endDate: "2020-12-31");
        await roster.Appoint(b, committee, "FULL_TIME", "2019-07-01");
        await roster.Appoint(c, committee, "PART_TIME", "2021-01-01");

        var data = await app.Data("""
            query($id: ID!) { node(id: $id) { ... on Committee {
                y2018: fullTimeMediatorCount(asOf: "2018-06-01")
                y2020: fullTimeMediatorCount(asOf: "2020-12-31")
                y2021: fullTimeMediatorCount(asOf: "2021-01-01")
                today: fullTimeMediatorCount
                staff2021: mediatorCount(asOf: "2021-01-01")
                appointments(asOf: "2020-06-01") { employment startDate endDate mediator { name } }
            } } }
            """, new { id = committee });
        var node = data["node"]!;
        Assert.Equal(1, node["y2018"]!.GetValue<int>());
        Assert.Equal(2, node["y2020"]!.GetValue<int>()); // the end date is the last day served
        Assert.Equal(1, node["y2021"]!.GetValue<int>());
        Assert.Equal(1, node["today"]!.GetValue<int>());
        Assert.Equal(2, node["staff2021"]!.GetValue<int>());
        var names = node["appointments"]!.AsArray().Select(x => x!["mediator"]!["name"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["乙", "甲"], names);
    }

    [Fact]
    public async Task MediatorsFilterByRegionAndEmploymentCountingFullTimeWhereFullTime()
    {
        var township = await roster.Committee("419001102", "TOWNSHIP");
        var village = await roster.Committee("419001102201", "VILLAGE");
        var both = await roster.Mediator("全职兼职");
        var partOnly = await roster.Mediator("只兼职");
        await roster.Appoint(both, township, "FULL_TIME", "2020-01-01");
        await roster.Appoint(both, village, "PART_TIME", "2020-01-01");
        await roster.Appoint(partOnly, village, "PART_TIME", "2020-01-01");

        async Task<int> Count(string args) =>
            (await app.Data($$"""{ mediators({{args}}) { totalCount } }"""))["mediators"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(2, await Count("""regionCode: "419001102" """));
        Assert.Equal(1, await Count("""regionCode: "419001102", employment: FULL_TIME"""));
        Assert.Equal(1, await Count("""regionCode: "419001102", employment: PART_TIME"""));
        Assert.Equal(2, await Count("""regionCode: "419001102201" """));
        Assert.Equal(0, await Count("""regionCode: "419001102", asOf: "2019-12-31" """));
    }

    [Fact]
    public async Task PagesFollowCursorsWithoutGapsOrRepeats()
    {
        for (var i = 0; i < 7; i++) await roster.Committee("419001104", "VILLAGE", name: $"分页测试村{i}调委会");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var data = await app.Data("""
                query($after: String) { committees(regionCode: "419001104", first: 3, after: $after) {
                    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            var page = data["committees"]!;
            Assert.Equal(7, page["totalCount"]!.GetValue<int>());
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);
        Assert.Equal(7, seen.Count);
        Assert.Equal(7, seen.Distinct().Count());
    }

    [Fact]
    public async Task RegionGivesNameLevelParentAndChildren()
    {
        var data = await app.Data("""{ region(code: "419001") { code name level parent { code } children { code level } } }""");
        var region = data["region"]!;
        Assert.Equal("济源市", region["name"]!.GetValue<string>());
        Assert.Equal("COUNTY", region["level"]!.GetValue<string>());
        Assert.Equal("4190", region["parent"]!["code"]!.GetValue<string>());
        Assert.All(region["children"]!.AsArray(), c => Assert.Equal("TOWNSHIP", c!["level"]!.GetValue<string>()));
        Assert.Contains(region["children"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "419001001");
    }

    [Fact]
    public async Task NodeFetchesACommitteeByItsGlobalId()
    {
        var committee = await roster.Committee("5107", "MEDIATION_CENTER", name: "绵阳市人民调解中心");
        var data = await app.Data("query($id: ID!) { node(id: $id) { id ... on Committee { name kind region { name } } } }", new { id = committee });
        Assert.Equal(committee, data["node"]!["id"]!.GetValue<string>());
        Assert.Equal("MEDIATION_CENTER", data["node"]!["kind"]!.GetValue<string>());
        Assert.Equal("绵阳市", data["node"]!["region"]!["name"]!.GetValue<string>());
    }
}

public sealed class SqliteRosterQueries(SqliteApp app) : RosterQueries(app), IClassFixture<SqliteApp>;

public sealed class PostgresRosterQueries(PostgresApp app) : RosterQueries(app), IClassFixture<PostgresApp>;
