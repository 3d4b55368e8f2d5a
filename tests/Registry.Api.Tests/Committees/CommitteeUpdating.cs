using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Committees;

/// <summary>updateCommittee binds a typed input that tells an omitted field (kept) from an explicit null (cleared).</summary>
public abstract class CommitteeUpdating(RegistryApp app)
{
    private const string Update = """
        mutation($input: UpdateCommitteeInput!) {
          updateCommittee(input: $input) { committee { name address version } userErrors { field code } }
        }
        """;

    [Fact]
    public async Task AnOmittedFieldKeepsItsValueAndAnExplicitNullClearsIt()
    {
        var id = await new Infrastructure.Roster(app).Committee("510703", "SUBDISTRICT", name: "更新测试街道人民调解委员会");
        await app.Data(Update, new { input = new { committeeId = id, version = 1, address = "涪城区临园路1号" } });

        var renamed = await app.Data(Update, new { input = new { committeeId = id, version = 2, name = "更新测试街道人民调解委员会（新）" } });
        var kept = renamed["updateCommittee"]!["committee"]!;
        Assert.Equal("涪城区临园路1号", kept["address"]!.GetValue<string>());

        var cleared = await app.Data(Update, new { input = new { committeeId = id, version = 3, address = (string?)null } });
        var after = cleared["updateCommittee"]!["committee"]!;
        Assert.Null(after["address"]);
        Assert.Equal("更新测试街道人民调解委员会（新）", after["name"]!.GetValue<string>());
        Assert.Equal(4, after["version"]!.GetValue<int>());
    }
}

public sealed class SqliteCommitteeUpdating(SqliteApp app) : CommitteeUpdating(app), IClassFixture<SqliteApp>;

public sealed class PostgresCommitteeUpdating(PostgresApp app) : CommitteeUpdating(app), IClassFixture<PostgresApp>;
