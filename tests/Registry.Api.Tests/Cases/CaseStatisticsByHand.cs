using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>
/// Statistics against figures worked out by hand. Two village committees of 克井镇 (419001100): A (…201, mediator M1)
/// and B (…202, mediator M2); period 2026-01-01 to 2026-06-30.
/// <code>
/// #  cttee  category   received→closed   days  outcome    notes
/// 1  A      MARRIAGE   01-01 → 01-11      10   WRITTEN
/// 2  A      MARRIAGE   01-01 → 01-21      20   ORAL       entered 03-01: 39 days after closing → late
/// 3  A      MARRIAGE   02-01 → 02-04       3   FAILED     turned criminal
/// 4  A      NEIGHBOURS 02-01 → 02-02       1   WITHDRAWN
/// 5  A      NEIGHBOURS 02-10 → open             —         not counted (open)
/// 6  A      NEIGHBOURS 2025-12-01 → 2025-12-30  WRITTEN   not counted (closed before the period)
/// 7  B      NEIGHBOURS 01-10 → 01-30      20   REFERRED   M1 co-mediates
/// 8  B      NEIGHBOURS 01-10 → 02-09      30   WRITTEN    M1 co-mediates; follow-up 02-20
/// </code>
/// Totals: 6 closed; decided = 6 − 1 withdrawn − 1 referred = 4; agreements 3 → rate 0.75; oral share 1/3;
/// average days 84 / 6 = 14; 1 turned criminal; 1 entered late; 1 followed up.
/// A: 4 closed, decided 3, agreements 2 → 2/3, oral share 1/2, average 34 / 4 = 8.5. B: 2 closed, decided 1 → 1.0, average 25.
/// </summary>
public abstract class CaseStatisticsByHand(RegistryApp app) : IAsyncLifetime
{
    private readonly CaseSetup setup = new(app);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RegistryApp, (string, string, string, string)> Seeded = new();
    private string a = "", b = "", m1 = "", m2 = "";

    public async Task InitializeAsync()
    {
        // The fixture's database outlives this instance: import once per app, remember the IDs.
        if (Seeded.TryGetValue(app, out var ids))
        {
            (a, b, m1, m2) = ids;
            return;
        }
        (a, m1, _) = await setup.CommitteeWithMediator("419001100201");
        (b, m2, _) = await setup.CommitteeWithMediator("419001100202");
        await setup.Roster.Appoint(m1, b, "PART_TIME", "2016-01-01");
        await setup.ImportOk("hand",
            CaseSetup.Row("1", a, m1, "2026-01-01", "2026-01-11", "WRITTEN_AGREEMENT", "MARRIAGE_AND_FAMILY", enteredOn: "2026-01-12"),
            CaseSetup.Row("2", a, m1, "2026-01-01", "2026-01-21", "ORAL_AGREEMENT", "MARRIAGE_AND_FAMILY", enteredOn: "2026-03-01"),
            CaseSetup.Row("3", a, m1, "2026-02-01", "2026-02-04", "FAILED", "MARRIAGE_AND_FAMILY", enteredOn: "2026-02-05", turnedCriminal: true),
            CaseSetup.Row("4", a, m1, "2026-02-01", "2026-02-02", "WITHDRAWN", "NEIGHBOURS", enteredOn: "2026-02-03"),
            CaseSetup.Row("5", a, m1, "2026-02-10", null, null, "NEIGHBOURS", enteredOn: "2026-02-10"),
            CaseSetup.Row("6", a, m1, "2025-12-01", "2025-12-30", "WRITTEN_AGREEMENT", "NEIGHBOURS", enteredOn: "2025-12-30"),
            CaseSetup.Row("7", b, m2, "2026-01-10", "2026-01-30", "REFERRED", "NEIGHBOURS", enteredOn: "2026-01-30", coMediators: [m1]),
            CaseSetup.Row("8", b, m2, "2026-01-10", "2026-02-09", "WRITTEN_AGREEMENT", "NEIGHBOURS", enteredOn: "2026-02-10",
                coMediators: [m1], followUpOn: "2026-02-20"));
        Seeded[app] = (a, b, m1, m2);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Stats = "cases writtenAgreements oralAgreements failed referred withdrawn decided agreementRate oralAgreementShare turnedCriminal averageDaysToClose enteredLate followedUp";

    [Fact]
    public async Task RegionTotalsByCategoryAndByChildRegion()
    {
        var data = await app.Data($$"""
            { caseStatistics(regionCode: "419001100", from: "2026-01-01", to: "2026-06-30") {
                regionCode totals { {{Stats}} }
                byCategory { category stats { cases agreementRate } }
                byRegion { regionCode region { name } stats { cases agreementRate averageDaysToClose } } } }
            """);
        var report = data["caseStatistics"]!;
        var totals = report["totals"]!;
        Assert.Equal(6, Int(totals, "cases"));
        Assert.Equal((2, 1, 1, 1, 1, 4), (Int(totals, "writtenAgreements"), Int(totals, "oralAgreements"), Int(totals, "failed"),
            Int(totals, "referred"), Int(totals, "withdrawn"), Int(totals, "decided")));
        Assert.Equal(0.75, Num(totals, "agreementRate"), 10);
        Assert.Equal(1.0 / 3, Num(totals, "oralAgreementShare"), 10);
        Assert.Equal(14.0, Num(totals, "averageDaysToClose"), 10);
        Assert.Equal((1, 1, 1), (Int(totals, "turnedCriminal"), Int(totals, "enteredLate"), Int(totals, "followedUp")));

        var byCategory = report["byCategory"]!.AsArray().ToDictionary(c => c!["category"]!.GetValue<string>(), c => c!["stats"]!);
        Assert.Equal(2, byCategory.Count);
        Assert.Equal(3, Int(byCategory["MARRIAGE_AND_FAMILY"], "cases"));
        Assert.Equal(2.0 / 3, Num(byCategory["MARRIAGE_AND_FAMILY"], "agreementRate"), 10);
        Assert.Equal(3, Int(byCategory["NEIGHBOURS"], "cases"));
        Assert.Equal(1.0, Num(byCategory["NEIGHBOURS"], "agreementRate"), 10);

        var byRegion = report["byRegion"]!.AsArray();
        Assert.True(byRegion.Count > 2);
        var first = byRegion.Single(r => r!["regionCode"]!.GetValue<string>() == "419001100201")!;
        Assert.Equal(4, Int(first["stats"]!, "cases"));
        Assert.Equal(8.5, Num(first["stats"]!, "averageDaysToClose"), 10);
        var second = byRegion.Single(r => r!["regionCode"]!.GetValue<string>() == "419001100202")!;
        Assert.Equal(2, Int(second["stats"]!, "cases"));
        Assert.Equal(1.0, Num(second["stats"]!, "agreementRate"), 10);
        Assert.Equal(6, byRegion.Sum(r => Int(r!["stats"]!, "cases")));
        Assert.Null(byRegion.First(r => Int(r!["stats"]!, "cases") == 0)!["stats"]!["agreementRate"]);
    }

    [Fact]
    public async Task CommitteeAndMediatorStats()
    {
        var data = await app.Data($$"""
            query($a: ID!, $b: ID!, $m1: ID!, $m2: ID!) {
              a: node(id: $a) { ... on Committee { caseStats(from: "2026-01-01", to: "2026-06-30") { {{Stats}} } } }
              b: node(id: $b) { ... on Committee { caseStats(from: "2026-01-01", to: "2026-06-30") { {{Stats}} } } }
              m1: node(id: $m1) { ... on Mediator { caseStats(from: "2026-01-01", to: "2026-06-30") { cases agreementRate coMediated } } }
              m2: node(id: $m2) { ... on Mediator { caseStats(from: "2026-01-01", to: "2026-06-30") { cases agreementRate coMediated } } }
              early: node(id: $a) { ... on Committee { caseStats(from: "2025-12-01", to: "2025-12-31") { cases agreementRate oralAgreementShare averageDaysToClose } } }
            }
            """, new { a, b, m1, m2 });
        var sa = data["a"]!["caseStats"]!;
        Assert.Equal((4, 3, 1, 1), (Int(sa, "cases"), Int(sa, "decided"), Int(sa, "turnedCriminal"), Int(sa, "enteredLate")));
        Assert.Equal(2.0 / 3, Num(sa, "agreementRate"), 10);
        Assert.Equal(0.5, Num(sa, "oralAgreementShare"), 10);
        Assert.Equal(8.5, Num(sa, "averageDaysToClose"), 10);
        var sb = data["b"]!["caseStats"]!;
        Assert.Equal((2, 1, 0), (Int(sb, "cases"), Int(sb, "decided"), Int(sb, "enteredLate")));
        Assert.Equal(1.0, Num(sb, "agreementRate"), 10);
        Assert.Equal(0.0, Num(sb, "oralAgreementShare"), 10);
        Assert.Equal(25.0, Num(sb, "averageDaysToClose"), 10);
        var s1 = data["m1"]!["caseStats"]!;
        Assert.Equal((4, 2), (Int(s1, "cases"), Int(s1, "coMediated")));
        var s2 = data["m2"]!["caseStats"]!;
        Assert.Equal((2, 0), (Int(s2, "cases"), Int(s2, "coMediated")));
        var early = data["early"]!["caseStats"]!;
        Assert.Equal(1, Int(early, "cases"));
        Assert.Equal(29.0, Num(early, "averageDaysToClose"), 10);
    }

    [Fact]
    public async Task CaseStatsOfAPageOfCommitteesTakeOneQuery()
    {
        await app.Data("""{ committees(regionCode: "419001100", first: 50) { nodes { caseStats(from: "2026-01-01", to: "2026-06-30") { cases } } } }""");
        var before = app.SqlCommands;
        var data = await app.Data("""{ committees(regionCode: "419001100", first: 50) { nodes { caseStats(from: "2026-01-01", to: "2026-06-30") { cases } } } }""");
        Assert.Equal(6, data["committees"]!["nodes"]!.AsArray().Sum(n => Int(n!["caseStats"]!, "cases")));
        Assert.True(app.SqlCommands - before <= 3, $"{app.SqlCommands - before} commands");
    }

    [Fact]
    public async Task ToBeforeFromIsAnArgumentError()
    {
        var response = await app.GraphQL("""{ caseStatistics(regionCode: "419001100", from: "2026-06-30", to: "2026-01-01") { totals { cases } } }""");
        Assert.Contains("to:", response["errors"]![0]!["message"]!.GetValue<string>());
    }

    private static int Int(JsonNode node, string field) => node[field]!.GetValue<int>();
    private static double Num(JsonNode node, string field) => node[field]!.GetValue<double>();
}

public sealed class SqliteCaseStatisticsByHand(SqliteApp app) : CaseStatisticsByHand(app), IClassFixture<SqliteApp>;

public sealed class PostgresCaseStatisticsByHand(PostgresApp app) : CaseStatisticsByHand(app), IClassFixture<PostgresApp>;
