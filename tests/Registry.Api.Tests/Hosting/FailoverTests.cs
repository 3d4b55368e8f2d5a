using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Hosting;

/// <summary>
/// A multi-host connection string (primary and standby, <c>Target Session Attributes=primary</c>) across a real
/// failover on loopback: the primary crashes, the standby is promoted, and the same service instance answers again
/// without a restart, with every write it acknowledged before the crash (synchronous replication) and new ones after.
/// </summary>
public sealed class FailoverTests
{
    [Fact]
    public async Task TheServiceKeepsAnsweringAfterThePrimaryDiesAndTheStandbyIsPromoted()
    {
        using var cluster = ReplicatedCluster.Start(synchronous: true);
        await cluster.CreateDatabaseAsync("registry_failover");
        await using var app = new ConfiguredPostgresApp(cluster.MultiHost("registry_failover"), new Dictionary<string, string>());
        var roster = new Infrastructure.Roster(app);
        var acknowledged = new List<string>();
        for (var i = 0; i < 5; i++) acknowledged.Add(await roster.Committee("440103", name: $"故障前调委会{i}"));

        cluster.CrashPrimary();
        cluster.PromoteStandby();

        // Requests during the switch may fail (a connection to the dead primary); the service itself stays up.
        var answered = await UntilAnsweredAsync(app, """{ committees(regionCode: "440103", first: 100) { totalCount nodes { id } } }""");
        Assert.Equal(5, answered["committees"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(acknowledged.Order(), answered["committees"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order());

        await roster.Committee("440103", name: "故障后调委会");
        var after = await app.Data("""{ committees(regionCode: "440103", first: 100) { totalCount } }""");
        Assert.Equal(6, after["committees"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> UntilAnsweredAsync(RegistryApp app, string query)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var failures = new List<string>();
        while (true)
        {
            var answer = await app.GraphQL(query);
            if (answer["errors"] is null) return answer["data"]!.AsObject();
            failures.Add(answer["errors"]!.ToJsonString());
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No answer 60 s after the failover: " + string.Join("\n", failures.TakeLast(3)));
            await Task.Delay(250);
        }
    }
}
