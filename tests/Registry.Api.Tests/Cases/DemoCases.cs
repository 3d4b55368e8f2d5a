using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>The demo database carries a deterministic set of cases, a few of them the same dispute twice.</summary>
public abstract class DemoCases(RegistryApp app)
{
    [Fact]
    public async Task DemoCasesGiveStatisticsAndPossibleDuplicates()
    {
        var count = app.WithDb(db => db.Cases.Count());
        Assert.InRange(count, 2000, 3100);
        var data = await app.Data("""
            { caseStatistics(regionCode: "41", from: "2025-01-01", to: "2026-11-22") { totals { cases agreementRate enteredLate } byRegion { regionCode stats { cases } } }
              possibleDuplicateCases(regionCode: "41", from: "2025-01-01", to: "2026-11-22") { totalCount } }
            """);
        var totals = data["caseStatistics"]!["totals"]!;
        Assert.True(totals["cases"]!.GetValue<int>() > 0);
        Assert.InRange(totals["agreementRate"]!.GetValue<double>(), 0.6, 1.0);
        Assert.True(totals["enteredLate"]!.GetValue<int>() > 0);
        Assert.True(data["possibleDuplicateCases"]!["totalCount"]!.GetValue<int>() > 0);
    }
}

public sealed class SqliteDemoCases(SqliteDemoApp app) : DemoCases(app), IClassFixture<SqliteDemoApp>;

public sealed class PostgresDemoCases(PostgresDemoApp app) : DemoCases(app), IClassFixture<PostgresDemoApp>;
