using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Roster;

/// <summary>A page of committees with their appointments and mediators costs the same few SQL commands at any page size.</summary>
public abstract class BatchedLoading(RegistryApp app)
{
    private const string Page = """
        query($first: Int) { committees(regionCode: "131102", first: $first) {
            totalCount nodes { name fullTimeMediatorCount region { name }
                appointments { employment mediator { name appointments { startDate } } } } } }
        """;

    [Fact]
    public async Task CommandCountDoesNotGrowWithThePage()
    {
        var roster = new Infrastructure.Roster(app);
        for (var i = 0; i < 100; i++)
        {
            var committee = await roster.Committee("131102", "VILLAGE", name: $"批量村{i}人民调解委员会");
            await roster.Appoint(await roster.Mediator(), committee, "FULL_TIME");
            await roster.Appoint(await roster.Mediator(), committee, "PART_TIME");
        }

        await app.Data(Page, new { first = 1 }); // warm up the model and the schema
        var small = await Commands(10);
        var large = await Commands(100);
        Assert.Equal(small, large);
        Assert.InRange(large, 1, 8);

        var data = await app.Data(Page, new { first = 100 });
        var nodes = data["committees"]!["nodes"]!.AsArray();
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(2, n!["appointments"]!.AsArray().Count));
        Assert.All(nodes, n => Assert.Equal(1, n!["fullTimeMediatorCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task MediatorsComeInTheAppointmentsStatement()
    {
        var roster = new Infrastructure.Roster(app);
        var names = new[] { "赵一", "钱二", "孙三" };
        for (var i = 0; i < names.Length; i++)
        {
            var committee = await roster.Committee("131121", "VILLAGE", name: $"枣强{i}村人民调解委员会");
            await roster.Appoint(await roster.Mediator(names[i]), committee, "FULL_TIME");
        }
        const string nested = """
            { committees(regionCode: "131121", first: 10) { nodes { name appointments { role mediator { name gender } } } } }
            """;
        await app.Data(nested); // warm up

        var before = app.SqlCommands;
        var data = await app.Data(nested);
        Assert.Equal(2, app.SqlCommands - before); // the page, then the appointments with their mediators

        var mediators = data["committees"]!["nodes"]!.AsArray()
            .Select(n => n!["appointments"]!.AsArray().Single()!["mediator"]!["name"]!.GetValue<string>());
        Assert.Equal(names, mediators);
    }

    private async Task<long> Commands(int first)
    {
        var before = app.SqlCommands;
        await app.Data(Page, new { first });
        return app.SqlCommands - before;
    }
}

public sealed class SqliteBatchedLoading(SqliteApp app) : BatchedLoading(app), IClassFixture<SqliteApp>;

public sealed class PostgresBatchedLoading(PostgresApp app) : BatchedLoading(app), IClassFixture<PostgresApp>;
