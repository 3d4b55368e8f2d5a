using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Roster;

/// <summary>A first start seeds the demo roster; the numbers below are the deterministic demo's own.</summary>
public abstract class DemoRoster(RegistryApp app)
{
    [Fact]
    public async Task FirstStartSeedsEveryJiyuanAndWushenTownshipAndVillage()
    {
        foreach (var county in new[] { "419001", "150626" })
        {
            var regions = app.WithDb(db => db.Regions.Count(r => r.Code.StartsWith(county) && r.Code.Length > 6));
            var data = await app.Data($$"""{ committees(regionCode: "{{county}}", kinds: [TOWNSHIP, SUBDISTRICT, VILLAGE, COMMUNITY], includeDissolved: true) { totalCount } }""");
            Assert.Equal(regions, data["committees"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task SigningInHidesNoneOfThePublicDirectory()
    {
        // Issue 10: a county bureau of 220102 asking for all Jilin (22) used to be shown only its own county's committees.
        const string query = """{ jilin: committees(regionCode: "22") { totalCount } own: committees(regionCode: "220102") { totalCount } }""";
        var anonymous = await app.Anonymous.Data(query);
        var county = await app.As(Domain.Access.Role.BureauAdmin, "220102").Data(query);
        Assert.Equal(anonymous.ToJsonString(), county.ToJsonString());
        Assert.True(county["own"]!["totalCount"]!.GetValue<int>() < county["jilin"]!["totalCount"]!.GetValue<int>(), county.ToJsonString());
    }

    [Fact]
    public async Task DemoHasStudiosPoolsAndARealisticFullTimeShare()
    {
        var data = await app.Data("""
            { all: mediators { totalCount } fullTime: mediators(employment: FULL_TIME) { totalCount }
              brandStudios(regionCode: "5107") { totalCount nodes { name kind hostCommittee { name } } }
              expertPools { totalCount nodes { experts { name } } } }
            """);
        var all = data["all"]!["totalCount"]!.GetValue<int>();
        var fullTime = data["fullTime"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(5050, all); // every registered mediator; 4,885 of them serve today
        Assert.Equal(799, fullTime);
        Assert.InRange(data["brandStudios"]!["totalCount"]!.GetValue<int>(), 10, 20);
        Assert.Equal(11, data["expertPools"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task DirectoryPagesCostTheSameCommandsAtAnySize()
    {
        const string query = """
            query($first: Int) {
              brandStudios(first: $first) { nodes { name hostCommittee { name region { name parent { name } children { code } } } leadMediator { name } members { name } } }
              expertPools(first: $first) { nodes { name region { name } experts { name } } } }
            """;
        await app.Data(query, new { first = 1 });
        async Task<long> Commands(int first)
        {
            var before = app.SqlCommands;
            var data = await app.Data(query, new { first });
            Assert.Equal(Math.Min(first, 11), data["expertPools"]!["nodes"]!.AsArray().Count);
            return app.SqlCommands - before;
        }
        Assert.Equal(await Commands(2), await Commands(20));
    }
}

public sealed class SqliteDemoRoster(SqliteDemoApp app) : DemoRoster(app), IClassFixture<SqliteDemoApp>;

public sealed class PostgresDemoRoster(PostgresDemoApp app) : DemoRoster(app), IClassFixture<PostgresDemoApp>;
