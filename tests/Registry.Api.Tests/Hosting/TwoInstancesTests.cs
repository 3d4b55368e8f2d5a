using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Hosting;

/// <summary>
/// Two service processes behind haproxy, sharing PostgreSQL through PgBouncer (transaction pooling): writes sent to
/// both land exactly once, and a stale version is still refused when the two writers are on different instances.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string Create = """
        mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id version } userErrors { code message } } }
        """;

    private const string Update = """
        mutation($input: UpdateCommitteeInput!) { updateCommittee(input: $input) { committee { name version } userErrors { code } } }
        """;

    [Fact]
    public async Task WritesFromBothInstancesLandOnceAndVersionConflictsAreStillCaught()
    {
        await using var instances = await BalancedInstances.StartAsync();
        var token = instances.Migrator.Token(Role.BureauAdmin, "CN");
        using var client = new HttpClient();

        var created = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => instances.PostAsync(client, token, Create,
            new { input = Infrastructure.Roster.CommitteeInput("440103", "TOWNSHIP", "2015-01-01", false, $"负载均衡调委会{i:00}") })));
        Assert.All(created, c => Assert.Empty(c.Body["data"]!["createCommittee"]!["userErrors"]!.AsArray()));
        Assert.Equal(2, created.Select(c => c.Instance).Distinct().Count());

        var (listed, _) = await instances.PostAsync(client, token, """{ committees(regionCode: "440103", first: 100) { totalCount nodes { name } } }""");
        Assert.Equal(24, listed["data"]!["committees"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(24, listed["data"]!["committees"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Distinct().Count());

        // Two editors read version 1 and save at once, one through each instance: one wins, the other gets CONFLICT.
        var id = created[0].Body["data"]!["createCommittee"]!["committee"]!["id"]!.GetValue<string>();
        var edits = await Task.WhenAll(new[] { "甲", "乙" }.Select(who => instances.PostAsync(client, token, Update,
            new { input = new { committeeId = id, version = 1, name = $"负载均衡调委会（{who}改）" } })));
        var outcomes = edits.Select(e => e.Body["data"]!["updateCommittee"]!).ToList();
        Assert.Single(outcomes, o => o["committee"] is not null);
        Assert.Single(outcomes, o => o["userErrors"]!.AsArray().Any(e => e!["code"]!.GetValue<string>() == "CONFLICT"));
        Assert.Equal(2, outcomes.Single(o => o["committee"] is not null)["committee"]!["version"]!.GetValue<int>());
    }
}
