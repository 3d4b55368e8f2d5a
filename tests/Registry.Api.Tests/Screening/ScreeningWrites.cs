using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Screening;

/// <summary>Refusals name their field and write nothing; a round is counted once; the ledger moves by dated steps.</summary>
public abstract class ScreeningWrites(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);
    private readonly ScreeningSetup screening = new(app);

    private int Rounds() => app.WithDb(db => db.ScreeningRounds.Count());

    private static (string Field, string Code) Error(JsonNode payload)
    {
        var error = payload["userErrors"]!.AsArray().Single()!;
        return (string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>())), error["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSameRoundTwiceIsRefusedAsADuplicateAndCountsOnce()
    {
        var village = await roster.Committee("419001001002", "VILLAGE");
        await screening.RoundsAsync(village, "2023-06-05");
        var before = Rounds();

        var again = await screening.RecordAsync(village, "2023-06-05");

        Assert.Equal(("screenedOn", "DUPLICATE"), Error(again));
        Assert.Equal(before, Rounds());
        var special = await screening.RecordAsync(village, "2023-06-05", "SPECIAL");
        Assert.Empty(special["userErrors"]!.AsArray());
        var report = await screening.ReportAsync("419001001002", "2023-06-05", "2023-06-11");
        Assert.Equal((1, 1, 1, 1), ScreeningSetup.Counts(report));
    }

    /// <summary>Each write keeps the report's read model of round days equal to its recomputation from the rounds.</summary>
    [Fact]
    public async Task RecordedRoundsKeepTheReadModelOfRoundDaysEqualToTheRounds()
    {
        var village = await roster.Committee("419001001003", "VILLAGE");
        // A year's first and last days, the 62nd/63rd days of the year (a mask's edge), a leap day, two kinds on one day.
        await screening.RoundsAsync(village, "2024-01-01", "2024-03-02", "2024-03-03", "2024-02-29", "2024-12-31", "2025-01-01");
        Assert.Empty((await screening.RecordAsync(village, "2024-03-02", "SPECIAL"))["userErrors"]!.AsArray());
        await app.WithDbAsync(async db =>
        {
            Assert.True(await Rules.RuleTwins.RoundDaysReadModelAgrees(db) >= 2);
            var masks = await db.ScreeningRoundDays.AsNoTracking().Where(d => d.CommitteeId == Api.Schema.GlobalId.DecodeKey(village, "Committee", "id"))
                .OrderBy(d => d.Year).ToListAsync();
            // 2024: day 0 (1 Jan), 59 (29 Feb), 61 (2 Mar, the last bit of m0), 62 (3 Mar, the first of m1), 365 (31 Dec, bit 365 − 310 of m5).
            Assert.Equal([(2024, 1L | 1L << 59 | 1L << 61, 1L, 1L << 55), (2025, 1L, 0L, 0L)], masks.Select(d => (d.Year, d.M0, d.M1, d.M5)));
        });
    }

    [Theory]
    [InlineData("2027-01-01", "NEIGHBOURS", "HIGH", "宅基地界址争执", "screenedOn", "OUT_OF_RANGE")] // after the test's today, 2026-11-22
    [InlineData("2026-01-05", "NEIGHBOURS", "HIGH", "", "items.0.summary", "REQUIRED")]
    [InlineData("2010-01-05", "NEIGHBOURS", "LOW", "宅基地界址争执", "screenedOn", "OUT_OF_RANGE")] // before the committee was established
    public async Task ABadRoundNamesTheFieldAndWritesNothing(string day, string category, string level, string summary, string field, string code)
    {
        var village = await roster.Committee("419001001003", "VILLAGE");
        var before = Rounds();

        var payload = await screening.RecordAsync(village, day, items: [new { category, riskLevel = level, summary }]);

        Assert.Null(payload["screening"]);
        Assert.Equal((field, code), Error(payload));
        Assert.Equal(before, Rounds());
    }

    [Fact]
    public async Task AnEnterpriseCommitteeOwesNoRounds()
    {
        var enterprise = await roster.Committee("419001001004", "ENTERPRISE");
        Assert.Equal(("committeeId", "INVALID"), Error(await screening.RecordAsync(enterprise, "2026-01-05")));
    }

    [Fact]
    public async Task ARoundOutsideTheCallersJurisdictionIsForbidden()
    {
        var village = await roster.Committee("419001001005", "VILLAGE");
        var other = app.As(Role.BureauAdmin, "5107");
        var response = await other.Data(ScreeningSetup.Record, new { input = new { committeeId = village, screenedOn = "2026-01-05", kind = "ROUTINE" } });
        Assert.Equal(("committeeId", "FORBIDDEN"), Error(response["recordScreening"]!));
        var viewer = await app.As(Role.Viewer, "419001").GraphQL(ScreeningSetup.Record, new { input = new { committeeId = village, screenedOn = "2026-01-05", kind = "ROUTINE" } });
        Assert.NotNull(viewer["errors"]);
    }

    [Theory]
    [InlineData("WEEKLY", "VILLAGE", 0, "seriousRiskLimitDays", "OUT_OF_RANGE")]
    [InlineData("WEEKLY", "VILLAGE", null, "effectiveFrom", "OVERLAP")] // inside Jilin's closed 2018-12-19 – 2021-12-31 plan
    public async Task ABadPolicyNamesTheFieldAndWritesNothing(string cadence, string level, int? limit, string field, string code)
    {
        var before = app.WithDb(db => db.ScreeningPolicies.Count());
        var payload = (await app.Data("""
            mutation($input: SetScreeningPolicyInput!) { setScreeningPolicy(input: $input) { policy { id } userErrors { field code message } } }
            """, new { input = new { regionCode = "22", title = "排查制度", sourceDocument = "吉林省司法厅《通知》", effectiveFrom = "2021-06-01",
            rules = new[] { new { level, cadence } }, seriousRiskLimitDays = limit } }))["setScreeningPolicy"]!;

        Assert.Equal((field, code), Error(payload));
        Assert.Equal(before, app.WithDb(db => db.ScreeningPolicies.Count()));
    }

    [Fact]
    public async Task TheLedgerListsItemsOldestFirstAndFlagsSeriousOnesOpenPastTheLimit()
    {
        var set = (await app.Data("""
            mutation($input: SetScreeningPolicyInput!) { setScreeningPolicy(input: $input) { policy { id rules { level cadence } seriousRiskLimitDays } userErrors { field message } } }
            """, new { input = new { regionCode = "510704", title = "游仙区排查制度", sourceDocument = "游仙区司法局《通知》", effectiveFrom = "2026-01-01",
            rules = new[] { new { level = "VILLAGE", cadence = "WEEKLY" } }, seriousRiskLimitDays = 30 } }))["setScreeningPolicy"]!;
        Assert.Empty(set["userErrors"]!.AsArray());
        var village = await roster.Committee("510704001001", "VILLAGE");
        await screening.RecordAsync(village, "2026-11-10", items: [new { category = "LABOUR", riskLevel = "MAJOR", summary = "欠薪" }]);
        var first = await screening.RecordAsync(village, "2026-10-01", items:
        [
            new { category = "NEIGHBOURS", riskLevel = "HIGH", summary = "宅基地界址争执" },
            new { category = "MARRIAGE_AND_FAMILY", riskLevel = "LOW", summary = "赡养纠纷" },
        ]);
        var lowId = first["screening"]!["items"]![1]!["id"]!.GetValue<string>();

        const string Ledger = """
            query($levels: [RiskLevel!]) { riskLedger(regionCode: "510704", levels: $levels) { totalCount nodes { summary riskLevel foundOn ageInDays overdue status } } }
            """;
        var ledger = (await app.Data(Ledger, new { levels = (string[]?)null }))["riskLedger"]!;
        // Today is 2026-11-22: found 1 October → 52 days; 10 November → 12 days. Only the HIGH one is past 30 days.
        Assert.Equal([("宅基地界址争执", 52, true), ("赡养纠纷", 52, false), ("欠薪", 12, false)],
            ledger["nodes"]!.AsArray().Select(n => (n!["summary"]!.GetValue<string>(), n["ageInDays"]!.GetValue<int>(), n["overdue"]!.GetValue<bool>())));
        var serious = (await app.Data(Ledger, new { levels = new[] { "HIGH", "MAJOR" } }))["riskLedger"]!;
        Assert.Equal(2, serious["totalCount"]!.GetValue<int>());

        const string Update = """
            mutation($input: UpdateRiskItemInput!) { updateRiskItem(input: $input) { riskItem { status statusOn closed ageInDays history { status on note } } userErrors { field code } } }
            """;
        var early = (await app.Data(Update, new { input = new { riskItemId = lowId, status = "RESOLVED", on = "2026-09-30" } }))["updateRiskItem"]!;
        Assert.Equal(("on", "OUT_OF_RANGE"), Error(early));
        var resolved = (await app.Data(Update, new { input = new { riskItemId = lowId, status = "RESOLVED", on = "2026-10-11", note = "调解成功" } }))["updateRiskItem"]!;
        var item = resolved["riskItem"]!;
        Assert.Equal(("RESOLVED", true, 10), (item["status"]!.GetValue<string>(), item["closed"]!.GetValue<bool>(), item["ageInDays"]!.GetValue<int>()));
        Assert.Equal([("OPEN", "2026-10-01"), ("RESOLVED", "2026-10-11")],
            item["history"]!.AsArray().Select(h => (h!["status"]!.GetValue<string>(), h["on"]!.GetValue<string>())));
        var open = (await app.Data("""{ riskLedger(regionCode: "510704", statuses: [OPEN]) { totalCount } }"""))["riskLedger"]!;
        Assert.Equal(2, open["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task InformationOfficersCountTowardsVillageCoverageAndTheirPhoneIsMasked()
    {
        var covered = await roster.Committee("419001003001", "VILLAGE");
        await roster.Committee("419001003002", "VILLAGE");
        var person = Infrastructure.Roster.NewPerson();
        const string Register = """
            mutation($input: RegisterInformantInput!) { registerInformant(input: $input) { informant { id name phone informationOfficer } userErrors { field code } } }
            """;
        var officer = (await app.Data(Register, new { input = new { committeeId = covered, name = "王网格", role = "GRID_WORKER", termFrom = "2025-01-01",
            idNumber = person.IdNumber, phone = "13800138000" } }))["registerInformant"]!;
        Assert.Equal("13800138000", officer["informant"]!["phone"]!.GetValue<string>());
        await app.Data(Register, new { input = new { committeeId = covered, name = "李五老", role = "FIVE_ELDERS", termFrom = "2025-01-01" } });
        var bad = (await app.Data(Register, new { input = new { committeeId = covered, name = "赵", role = "STUDENT", termFrom = "2025-01-01", idNumber = "123" } }))["registerInformant"]!;
        Assert.Equal(("idNumber", "INVALID"), Error(bad));

        var report = await screening.ReportAsync("419001003", "2026-11-01", "2026-11-15");
        Assert.Equal((2, 1), (report["villageCount"]!.GetValue<int>(), report["villagesWithInformationOfficer"]!.GetValue<int>()));

        var viewer = await app.As(Role.Viewer, "419001").Data("""{ informants(regionCode: "419001003", roles: [GRID_WORKER]) { totalCount nodes { phone idNumber } } }""");
        var listed = viewer["informants"]!;
        Assert.Equal(1, listed["totalCount"]!.GetValue<int>());
        Assert.Equal("138****8000", listed["nodes"]![0]!["phone"]!.GetValue<string>());
        Assert.DoesNotContain(person.IdNumber, listed["nodes"]![0]!["idNumber"]!.GetValue<string>());
    }
}

public sealed class SqliteScreeningWrites(SqliteApp app) : ScreeningWrites(app), IClassFixture<SqliteApp>;

public sealed class PostgresScreeningWrites(PostgresApp app) : ScreeningWrites(app), IClassFixture<PostgresApp>;
