using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Training;

/// <summary>The demo ships sessions and attendance, and Mianyang's one-实训-a-year rule has people behind it.</summary>
public abstract class DemoTraining(RegistryApp app)
{
    [Fact]
    public async Task MianyangHasSessionsAndSomeMediatorsBehindOnPracticalTraining()
    {
        var data = await app.Data("""
            { trainingSessions(regionCode: "5107", from: "2026-01-01", to: "2026-12-31") { totalCount nodes { tier form isPractical } }
              trainingCompliance(regionCode: "5107", year: 2026) { mediatorCount compliantCount
                behind(first: 1) { totalCount nodes { lacks { kind missing } } } } }
            """);
        // Three demo counties, three county sessions each in 2026.
        Assert.Equal(9, data["trainingSessions"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["trainingSessions"]!["nodes"]!.AsArray(), s => Assert.Equal("COUNTY", s!["tier"]!.GetValue<string>()));
        var report = data["trainingCompliance"]!;
        var counted = report["mediatorCount"]!.GetValue<int>();
        var compliant = report["compliantCount"]!.GetValue<int>();
        Assert.InRange(compliant, 1, counted - 1);
        Assert.Equal(counted - compliant, report["behind"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("PRACTICAL_SESSIONS", report["behind"]!["nodes"]![0]!["lacks"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void SeededCreditsEqualARecountOfTheSeededAttendances()
    {
        var recount = app.WithDb(CreditRecount.Of);
        Assert.Equal([2025, 2026], recount.Stored.Select(c => c.Year).Distinct().Order());
        Assert.Equal(recount.Recounted, recount.Stored);
    }
}

public sealed class SqliteDemoTraining(SqliteDemoApp app) : DemoTraining(app), IClassFixture<SqliteDemoApp>;

public sealed class PostgresDemoTraining(PostgresDemoApp app) : DemoTraining(app), IClassFixture<PostgresDemoApp>;
