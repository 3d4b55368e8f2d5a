using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Roster;

/// <summary>
/// The directory lists the committees that exist today (2026-11-22 in tests): established by then and not dissolved
/// before it, the same rule the reports count by. A committee registered ahead of its establishment waits until then.
/// </summary>
public abstract class CommitteeDirectoryDays(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);

    [Fact]
    public async Task CommitteesNotYetEstablishedAreHiddenUnlessDissolvedOnesAreAskedFor()
    {
        await roster.Committee("419001101", "TOWNSHIP", establishedOn: "2026-11-22", name: "五龙口镇人民调解委员会（今日成立）");
        await roster.Committee("419001101", "COMMUNITY", establishedOn: "2026-11-23", name: "五龙口镇某社区人民调解委员会（明日成立）");
        await roster.Committee("419001101", "VILLAGE", establishedOn: "2027-03-01", name: "五龙口镇某村人民调解委员会（筹备中）");

        var today = await app.Data("""{ committees(regionCode: "419001101") { totalCount nodes { name } } }""");
        Assert.Equal(1, today["committees"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("五龙口镇人民调解委员会（今日成立）", today["committees"]!["nodes"]![0]!["name"]!.GetValue<string>());

        var every = await app.Data("""{ committees(regionCode: "419001101", includeDissolved: true) { totalCount } }""");
        Assert.Equal(3, every["committees"]!["totalCount"]!.GetValue<int>());
    }
}

public sealed class SqliteCommitteeDirectoryDays(SqliteApp app) : CommitteeDirectoryDays(app), IClassFixture<SqliteApp>;

public sealed class PostgresCommitteeDirectoryDays(PostgresApp app) : CommitteeDirectoryDays(app), IClassFixture<PostgresApp>;
