using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Api.Hosting;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Hosting;

/// <summary>
/// <c>ConnectionStrings:RegistryRead</c> against a real streaming standby on loopback: queries and reports are served by
/// the replica while it keeps up, writes land on the primary, and a replica trailing more than
/// <c>Database:MaxReplicaLagSeconds</c> is set aside until it catches up. PostgreSQL only: SQLite has no replicas.
/// </summary>
public sealed class ReadReplicaTests
{
    private const string StaffingReport = """{ staffingCompliance(regionCode: "440103", asOf: "2026-11-22") { committeeCount } }""";

    [Fact]
    public async Task ReportsComeFromTheReplicaWhileItKeepsUpAndFromThePrimaryWhenItFallsBehind()
    {
        using var cluster = ReplicatedCluster.Start(synchronous: false);
        await cluster.CreateDatabaseAsync("registry_replica");
        await using var app = new ConfiguredPostgresApp(cluster.Primary("registry_replica"), new Dictionary<string, string>
        {
            ["ConnectionStrings:RegistryRead"] = cluster.Standby("registry_replica"),
            ["Database:MaxReplicaLagSeconds"] = "4",
        });
        var roster = new Infrastructure.Roster(app);
        await roster.Committee("440103", name: "第一调委会");
        await cluster.CatchUpAsync();
        await UntilAsync(() => app.Services.GetRequiredService<ReadReplica>().Usable, "the replica to be in use");
        Assert.Equal(1, await CommitteesAsync(app));

        // Replay paused: a committee written now is on the primary only, and the report, read from the replica, leaves it out.
        // So does its mediator tally, which runs beside the rest on a second connection: that one reads the replica too.
        await cluster.PauseReplayAsync();
        var second = await roster.Committee("440103", name: "第二调委会");
        await roster.Appoint(await roster.Mediator("李四"), second);
        Assert.Equal((1, 0), await CommitteesAndMediatorsAsync(app));
        Assert.True(app.Services.GetRequiredService<ReadReplica>().Usable);

        // Four seconds behind, the replica is set aside: the same report now comes from the primary and counts both.
        await UntilAsync(() => !app.Services.GetRequiredService<ReadReplica>().Usable, "the stale replica to be set aside");
        Assert.Equal((2, 1), await CommitteesAndMediatorsAsync(app));

        // Caught up again, it serves again (and now has both).
        await cluster.ResumeReplayAsync();
        await cluster.CatchUpAsync();
        await UntilAsync(() => app.Services.GetRequiredService<ReadReplica>().Usable, "the replica to be back in use");
        Assert.Equal(2, await CommitteesAsync(app));
    }

    [Fact]
    public async Task AMutationAndWhatItReadsBackStayOnThePrimaryWhileTheReplicaIsPaused()
    {
        using var cluster = ReplicatedCluster.Start(synchronous: false);
        await cluster.CreateDatabaseAsync("registry_replica_writes");
        await using var app = new ConfiguredPostgresApp(cluster.Primary("registry_replica_writes"), new Dictionary<string, string>
        {
            ["ConnectionStrings:RegistryRead"] = cluster.Standby("registry_replica_writes"),
            ["Database:MaxReplicaLagSeconds"] = "3600",
        });
        await new Infrastructure.Roster(app).Committee("440103");
        await cluster.CatchUpAsync();
        await UntilAsync(() => app.Services.GetRequiredService<ReadReplica>().Usable, "the replica to be in use");
        await cluster.PauseReplayAsync();

        var data = await app.Data("""
            mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id name } userErrors { message } } }
            """, new { input = Infrastructure.Roster.CommitteeInput("440103", "TOWNSHIP", "2015-01-01", false, "写后即读调委会") });

        Assert.Equal("写后即读调委会", data["createCommittee"]!["committee"]!["name"]!.GetValue<string>());
        Assert.Equal(1, await CommitteesAsync(app)); // the paused replica, for a plain query
        await cluster.ResumeReplayAsync();
    }

    [Fact]
    public async Task AReplicaThatCannotBeReachedIsSetAsideAndReportsComeFromThePrimary()
    {
        var primary = await PostgresServer.Instance.CreateDatabaseAsync("registry_replica_unreachable");
        // Port 1 on loopback: nothing listens, so every connection is refused at once.
        await using var app = new ConfiguredPostgresApp(primary, new Dictionary<string, string>
        {
            ["ConnectionStrings:RegistryRead"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=registry;Timeout=2",
        });
        await new Infrastructure.Roster(app).Committee("440103");
        var replica = app.Services.GetRequiredService<ReadReplica>();
        await UntilAsync(() => replica.Reading.At > DateTimeOffset.MinValue, "the first check of the replica");
        Assert.False(replica.Usable);
        Assert.False(replica.Reading.Reachable);
        Assert.NotNull(replica.Reading.Problem);
        Assert.Equal(1, await CommitteesAsync(app));
    }

    [Fact]
    public void AReadReplicaForTheEmbeddedDatabaseIsRefusedAtStartWithTheSettingNamed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:RegistryRead"] = "Host=127.0.0.1;Database=registry",
        }).Build();
        var refusal = Assert.Throws<InvalidOperationException>(() => { new ServiceCollection().AddRegistryDatabase(configuration); });
        Assert.Contains("ConnectionStrings:RegistryRead", refusal.Message);
        Assert.Contains("Postgres", refusal.Message);
    }

    private static async Task<(int Committees, int Mediators)> CommitteesAndMediatorsAsync(RegistryApp app)
    {
        var report = (await app.Data("""{ staffingCompliance(regionCode: "440103", asOf: "2026-11-22") { committeeCount mediatorCount } }"""))["staffingCompliance"]!;
        return (report["committeeCount"]!.GetValue<int>(), report["mediatorCount"]!.GetValue<int>());
    }

    private static async Task<int> CommitteesAsync(RegistryApp app) =>
        (await app.Data(StaffingReport))["staffingCompliance"]!["committeeCount"]!.GetValue<int>();

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 30 s for {what}.");
            await Task.Delay(100);
        }
    }
}
