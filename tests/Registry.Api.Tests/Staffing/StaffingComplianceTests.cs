using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Staffing;

/// <summary>The staffing compliance report per seed jurisdiction; every test works in its own regions.</summary>
public abstract class StaffingComplianceTests(RegistryApp app)
{
    private readonly StaffingRoster roster = new(app);

    private const string Report = """
        query($regionCode: String!, $asOf: Date) {
          staffingCompliance(regionCode: $regionCode, asOf: $asOf) {
            regionCode asOf committeeCount compliantCount shortfallCount conditionalShortfallCount
            mediatorCount fullTimeMediatorCount fullTimeShare
            targets { metric target actual met }
            byKind { kind committeeCount compliantCount requiredMinimum }
            byRegion { regionCode name committeeCount compliantCount shortfallCount conditionalShortfallCount mediatorCount fullTimeMediatorCount fullTimeShare }
            shortfalls(first: 100) { totalCount nodes { committee { id } required actual missing severity policy { regionCode } } }
          }
        }
        """;

    private async Task<JsonObject> ReportAsync(string regionCode, string asOf) =>
        (await app.Data(Report, new { regionCode, asOf }))["staffingCompliance"]!.AsObject();

    private static int Int(JsonNode? node) => node!.GetValue<int>();

    [Fact]
    public async Task JiyuanTownshipWithTwoFullTimeMediatorsIsShortByOneWhileTheSameInHebeiIsCompliant()
    {
        // Established after the day the province test reports on, which also covers Jiyuan.
        var jiyuan = await roster.CommitteeAsync("419001001", "TOWNSHIP", "2023-06-01");
        var hebei = await roster.CommitteeAsync("130102001", "TOWNSHIP", "2023-06-01");
        foreach (var committee in new[] { jiyuan, jiyuan, hebei, hebei }) await roster.StaffAsync(committee, "FULL_TIME", "2024-01-01");

        var inJiyuan = await ReportAsync("419001001", "2025-06-01");
        var inHebei = await ReportAsync("130102001", "2025-06-01");

        // Jiyuan's own policy asks 3 of a township (Henan's 2 is overridden): 3 − 2 = 1 missing.
        Assert.Equal((1, 0, 1, 0), (Int(inJiyuan["committeeCount"]), Int(inJiyuan["compliantCount"]), Int(inJiyuan["shortfallCount"]), Int(inJiyuan["conditionalShortfallCount"])));
        var shortfall = inJiyuan["shortfalls"]!["nodes"]![0]!;
        Assert.Equal(jiyuan, shortfall["committee"]!["id"]!.GetValue<string>());
        Assert.Equal((3, 2, 1, "REQUIRED", "419001"), (Int(shortfall["required"]), Int(shortfall["actual"]), Int(shortfall["missing"]),
            shortfall["severity"]!.GetValue<string>(), shortfall["policy"]!["regionCode"]!.GetValue<string>()));
        // Jiyuan's coverage targets, for this one township: it has its township committee (1/1) but none of its 23 villages has one (0/23).
        var targets = inJiyuan["targets"]!.AsArray().ToDictionary(t => t!["metric"]!.GetValue<string>(), t => t!);
        Assert.Equal((1.0, true), (targets["TOWNSHIP_COMMITTEE_COVERAGE"]["actual"]!.GetValue<double>(), targets["TOWNSHIP_COMMITTEE_COVERAGE"]["met"]!.GetValue<bool>()));
        Assert.Equal((0.0, false), (targets["VILLAGE_COMMITTEE_COVERAGE"]["actual"]!.GetValue<double>(), targets["VILLAGE_COMMITTEE_COVERAGE"]["met"]!.GetValue<bool>()));
        // Hebei asks 2: compliant.
        Assert.Equal((1, 1, 0), (Int(inHebei["committeeCount"]), Int(inHebei["compliantCount"]), Int(inHebei["shortfallCount"])));
        Assert.Empty(inHebei["shortfalls"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AProvinceReportAppliesThePolicyOfTheRegionEachCommitteeSitsIn()
    {
        var jiyuan = await roster.CommitteeAsync("419001002", "TOWNSHIP", "2020-01-01");
        var zhengzhou = await roster.CommitteeAsync("410102001", "TOWNSHIP", "2020-01-01");
        foreach (var committee in new[] { jiyuan, jiyuan, zhengzhou, zhengzhou }) await roster.StaffAsync(committee, "FULL_TIME", "2020-01-01");

        var henan = await ReportAsync("41", "2023-03-01");

        // Zhengzhou's township meets Henan's ≥2; Jiyuan's, asked about as part of Henan, still needs Jiyuan's ≥3.
        Assert.Equal((2, 1, 1), (Int(henan["committeeCount"]), Int(henan["compliantCount"]), Int(henan["shortfallCount"])));
        Assert.Equal(3, Int(henan["shortfalls"]!["nodes"]![0]!["required"]));
        var township = henan["byKind"]!.AsArray().Single(k => k!["kind"]!.GetValue<string>() == "TOWNSHIP")!;
        Assert.Equal((2, 1, 2), (Int(township["committeeCount"]), Int(township["compliantCount"]), Int(township["requiredMinimum"])));
        var rows = henan["byRegion"]!.AsArray();
        var row4101 = rows.Single(r => r!["regionCode"]!.GetValue<string>() == "4101")!;
        var row4190 = rows.Single(r => r!["regionCode"]!.GetValue<string>() == "4190")!;
        Assert.Equal((1, 1, 0, 2, 2), (Int(row4101["committeeCount"]), Int(row4101["compliantCount"]), Int(row4101["shortfallCount"]), Int(row4101["mediatorCount"]), Int(row4101["fullTimeMediatorCount"])));
        Assert.Equal((1, 0, 1), (Int(row4190["committeeCount"]), Int(row4190["compliantCount"]), Int(row4190["shortfallCount"])));
        Assert.Equal(4, Int(henan["mediatorCount"]));
    }

    [Fact]
    public async Task AMediatorServingTwoCommitteesCountsOnceInTotalAndOnceInEachChildRegion()
    {
        var yaohai = await roster.CommitteeAsync("340102", "REGIONAL", "2015-01-01");
        var luyang = await roster.CommitteeAsync("340103", "REGIONAL", "2015-01-01");
        var jinghu = await roster.CommitteeAsync("340202", "REGIONAL", "2015-01-01");
        var acrossPrefectures = await roster.MediatorAsync();
        await roster.AppointAsync(acrossPrefectures, yaohai, "FULL_TIME", "2020-01-01");
        await roster.AppointAsync(acrossPrefectures, jinghu, "PART_TIME", "2020-01-01");
        var twoInOnePrefecture = await roster.MediatorAsync();
        await roster.AppointAsync(twoInOnePrefecture, yaohai, "PART_TIME", "2020-01-01");
        await roster.AppointAsync(twoInOnePrefecture, luyang, "PART_TIME", "2020-01-01");
        var movedOn = await roster.MediatorAsync();
        await roster.AppointAsync(movedOn, yaohai, "PART_TIME", "2018-01-01", "2019-12-31");
        await roster.AppointAsync(movedOn, jinghu, "PART_TIME", "2020-01-01");
        var laterSecond = await roster.MediatorAsync();
        await roster.AppointAsync(laterSecond, luyang, "PART_TIME", "2019-01-01", "2020-12-31");
        await roster.AppointAsync(laterSecond, yaohai, "PART_TIME", "2020-06-01");

        foreach (var asOf in new[] { "2020-03-01", "2020-07-01" })
        {
            var anhui = await ReportAsync("34", asOf);

            // Four people, one of them full-time, however many seats each holds.
            Assert.Equal((4, 1), (Int(anhui["mediatorCount"]), Int(anhui["fullTimeMediatorCount"])));
            var rows = anhui["byRegion"]!.AsArray().ToDictionary(r => r!["regionCode"]!.GetValue<string>(), r => r!);
            // Hefei (3401): the one across prefectures (full-time there), the one with two Hefei seats, the later second.
            Assert.Equal((3, 1), (Int(rows["3401"]["mediatorCount"]), Int(rows["3401"]["fullTimeMediatorCount"])));
            // Wuhu (3402): the one across prefectures (part-time there) and the one who moved on from Hefei.
            Assert.Equal((2, 0), (Int(rows["3402"]["mediatorCount"]), Int(rows["3402"]["fullTimeMediatorCount"])));
        }
    }

    [Fact]
    public async Task AMianyangCountyIsMeasuredAgainstTheCityTargetsForStudiosBrandsAndNewIndustryCommittees()
    {
        var host = await roster.CommitteeAsync("510704", "MEDIATION_CENTER", "2015-01-01");
        var mediator = await roster.MediatorAsync();
        await roster.AppointAsync(mediator, host, "FULL_TIME", "2015-01-01");
        await NameStudioAsync(host, "PERSONAL", "2024-03-01", mediator);
        await NameStudioAsync(host, "FEATURED", "2024-09-01");
        // Established before the policy took effect (2023-12-08): not new.
        await roster.CommitteeAsync("510704", "INDUSTRY_PROFESSIONAL", "2023-06-01");

        Dictionary<string, JsonNode> Targets(JsonObject report) =>
            report["targets"]!.AsArray().ToDictionary(t => t!["metric"]!.GetValue<string>(), t => t!);
        (double Target, double Actual, bool Met) Of(JsonNode target) =>
            (target["target"]!.GetValue<double>(), target["actual"]!.GetValue<double>(), target["met"]!.GetValue<bool>());

        var midYear = Targets(await ReportAsync("510704", "2024-06-01"));
        Assert.Equal((2, 1, false), Of(midYear["BRAND_STUDIOS_PER_COUNTY"]));
        Assert.Equal((10, 1, false), Of(midYear["PERSONAL_STUDIO_COUNT"]));
        Assert.Equal((1, 0, false), Of(midYear["NEW_INDUSTRY_COMMITTEES_PER_COUNTY"]));

        await roster.CommitteeAsync("510704", "INDUSTRY_PROFESSIONAL", "2024-10-01");
        var yearEnd = Targets(await ReportAsync("510704", "2024-12-31"));
        Assert.Equal((2, 2, true), Of(yearEnd["BRAND_STUDIOS_PER_COUNTY"]));
        Assert.Equal((1, 1, true), Of(yearEnd["NEW_INDUSTRY_COMMITTEES_PER_COUNTY"]));
    }

    private async Task NameStudioAsync(string host, string kind, string namedOn, string? lead = null)
    {
        var payload = (await app.Data("""
            mutation($input: CreateBrandStudioInput!) { createBrandStudio(input: $input) { brandStudio { id } userErrors { field message } } }
            """, new { input = new { name = $"{kind}工作室{namedOn}", kind, hostCommitteeId = host, leadMediatorId = lead, namingLevel = "COUNTY", namedOn } }))["createBrandStudio"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
    }

    [Fact]
    public async Task AMianyangVillageIsShortOnlyWhenDesignatedAsHavingTheConditions()
    {
        await roster.CommitteeAsync("510703001003", "VILLAGE", "2020-01-01");
        var designated = await roster.CommitteeAsync("510703001008", "VILLAGE", "2020-01-01", conditions: true);

        var report = await ReportAsync("510703001", "2025-06-01");

        Assert.Equal((2, 1, 0, 1), (Int(report["committeeCount"]), Int(report["compliantCount"]), Int(report["shortfallCount"]), Int(report["conditionalShortfallCount"])));
        var shortfall = report["shortfalls"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal((designated, 1, 0, 1, "CONDITIONAL", "5107"), (shortfall["committee"]!["id"]!.GetValue<string>(), Int(shortfall["required"]),
            Int(shortfall["actual"]), Int(shortfall["missing"]), shortfall["severity"]!.GetValue<string>(), shortfall["policy"]!["regionCode"]!.GetValue<string>()));
        var villages = report["byRegion"]!.AsArray().Where(r => Int(r!["committeeCount"]) > 0).Select(r => (r!["regionCode"]!.GetValue<string>(), Int(r["conditionalShortfallCount"])));
        Assert.Equal([("510703001003", 0), ("510703001008", 1)], villages);
    }

    /// <summary>
    /// Nanguan district of Changchun, in Jilin's three-year plan (2018-12-19 → 2021-12-31). On 2020-06-01:
    /// m1 full-time at the township and part-time at the village counts once, as full-time; m2's full-time appointment
    /// ended 2020-05-31 and counts nowhere; m3, m4 part-time at the township, m5 part-time at the village.
    /// Mediators {m1, m3, m4, m5} = 4, full-time {m1} = 1, share 1/4 = 0.25 ≥ 0.2. The township has 1 full-time of 2: short by 1.
    /// A year earlier m1 and m2 were full-time: growth 1/2 − 1 = −0.5.
    /// </summary>
    [Fact]
    public async Task JilinCountyIn2020MeetsTheTwentyPercentShareButItsTownshipIsShort()
    {
        var township = await roster.CommitteeAsync("220102001", "TOWNSHIP", "2019-01-01");
        var village = await roster.CommitteeAsync("220102001001", "VILLAGE", "2019-01-01");
        var m1 = await roster.MediatorAsync();
        await roster.AppointAsync(m1, township, "FULL_TIME", "2019-02-01");
        await roster.AppointAsync(m1, village, "PART_TIME", "2019-02-01");
        var m2 = await roster.MediatorAsync();
        await roster.AppointAsync(m2, township, "FULL_TIME", "2019-02-01", "2020-05-31");
        await roster.StaffAsync(township, "PART_TIME", "2019-02-01");
        await roster.StaffAsync(township, "PART_TIME", "2019-02-01");
        await roster.StaffAsync(village, "PART_TIME", "2019-02-01");

        var report = await ReportAsync("220102", "2020-06-01");

        Assert.Equal((2, 1, 1, 0), (Int(report["committeeCount"]), Int(report["compliantCount"]), Int(report["shortfallCount"]), Int(report["conditionalShortfallCount"])));
        Assert.Equal((4, 1, 0.25), (Int(report["mediatorCount"]), Int(report["fullTimeMediatorCount"]), report["fullTimeShare"]!.GetValue<double>()));
        var shortfall = report["shortfalls"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal((township, 2, 1, 1, "22"), (shortfall["committee"]!["id"]!.GetValue<string>(), Int(shortfall["required"]), Int(shortfall["actual"]),
            Int(shortfall["missing"]), shortfall["policy"]!["regionCode"]!.GetValue<string>()));

        var targets = report["targets"]!.AsArray().ToDictionary(t => t!["metric"]!.GetValue<string>(), t => t!);
        Assert.Equal(8, targets.Count);
        var share = targets["FULL_TIME_SHARE"];
        Assert.Equal((0.2, 0.25, true), (share["target"]!.GetValue<double>(), share["actual"]!.GetValue<double>(), share["met"]!.GetValue<bool>()));
        var growth = targets["FULL_TIME_GROWTH"];
        Assert.Equal((-0.5, false), (growth["actual"]!.GetValue<double>(), growth["met"]!.GetValue<bool>()));
        // A county has no prefectures: prefecture coverage cannot be measured there.
        Assert.Null(targets["EXPERT_POOL_PREFECTURE_COVERAGE"]["actual"]);
        Assert.Null(targets["EXPERT_POOL_PREFECTURE_COVERAGE"]["met"]);
        Assert.Equal((0.0, false), (targets["STANDARDISED_TOWNSHIP_SHARE"]["actual"]!.GetValue<double>(), targets["STANDARDISED_TOWNSHIP_SHARE"]["met"]!.GetValue<bool>()));

        var byKind = report["byKind"]!.AsArray().ToDictionary(k => k!["kind"]!.GetValue<string>(), k => k!);
        Assert.Equal((1, 0, 2), (Int(byKind["TOWNSHIP"]["committeeCount"]), Int(byKind["TOWNSHIP"]["compliantCount"]), Int(byKind["TOWNSHIP"]["requiredMinimum"])));
        Assert.Equal((1, 1, 1), (Int(byKind["VILLAGE"]["committeeCount"]), Int(byKind["VILLAGE"]["compliantCount"]), Int(byKind["VILLAGE"]["requiredMinimum"])));

        // After the plan ended (2021-12-31) no Jilin rule or target applies: the same roster has no shortfall.
        var in2022 = await ReportAsync("220102", "2022-06-01");
        Assert.Equal((2, 2, 0), (Int(in2022["committeeCount"]), Int(in2022["compliantCount"]), Int(in2022["shortfallCount"])));
        Assert.Empty(in2022["targets"]!.AsArray());
        Assert.Empty(in2022["shortfalls"]!["nodes"]!.AsArray());
        Assert.All(in2022["byKind"]!.AsArray(), k => Assert.Null(k!["requiredMinimum"]));
    }

    [Fact]
    public async Task AnAppointmentThatEndedBeforeAsOfDoesNotCount()
    {
        var township = await roster.CommitteeAsync("130102002", "TOWNSHIP", "2020-01-01");
        await roster.StaffAsync(township, "FULL_TIME", "2024-01-01");
        var leaver = await roster.MediatorAsync();
        await roster.AppointAsync(leaver, township, "FULL_TIME", "2024-01-01", "2025-05-31");

        var onLastDay = await ReportAsync("130102002", "2025-05-31");
        var dayAfter = await ReportAsync("130102002", "2025-06-01");

        Assert.Equal((1, 2, 0), (Int(onLastDay["compliantCount"]), Int(onLastDay["fullTimeMediatorCount"]), Int(onLastDay["shortfallCount"])));
        Assert.Equal((0, 1, 1), (Int(dayAfter["compliantCount"]), Int(dayAfter["fullTimeMediatorCount"]), Int(dayAfter["shortfallCount"])));
        Assert.Equal(1, Int(dayAfter["shortfalls"]!["nodes"]![0]!["missing"]));
    }

    [Fact]
    public async Task EffectiveRulesShowWhichPolicyEachKindComesFrom()
    {
        var data = await app.Data("""
            { effectiveStaffingRules(regionCode: "419001", asOf: "2025-06-01") { kind minimumFullTime severity policy { regionCode effectiveFrom } } }
            """);
        var rules = data["effectiveStaffingRules"]!.AsArray().ToDictionary(r => r!["kind"]!.GetValue<string>(), r => r!);

        Assert.Equal((3, "419001"), (Int(rules["TOWNSHIP"]["minimumFullTime"]), rules["TOWNSHIP"]["policy"]!["regionCode"]!.GetValue<string>()));
        Assert.Equal((5, "41"), (Int(rules["MEDIATION_CENTER"]["minimumFullTime"]), rules["MEDIATION_CENTER"]["policy"]!["regionCode"]!.GetValue<string>()));
        Assert.Equal(new[] { "TOWNSHIP", "SUBDISTRICT", "VILLAGE", "COMMUNITY", "INDUSTRY_PROFESSIONAL", "MEDIATION_CENTER" }.Order(), rules.Keys.Order());

        var jilinAfterPlan = await app.Data("""{ effectiveStaffingRules(regionCode: "22", asOf: "2022-06-01") { kind } }""");
        Assert.Empty(jilinAfterPlan["effectiveStaffingRules"]!.AsArray());
    }

    [Fact]
    public async Task AnUnknownRegionIsAnErrorNamingRegionCode()
    {
        var response = await app.GraphQL("""{ staffingCompliance(regionCode: "999999") { committeeCount } }""");

        Assert.Contains("regionCode", response["errors"]![0]!["message"]!.GetValue<string>());
    }
}

public sealed class SqliteStaffingCompliance(SqliteApp app) : StaffingComplianceTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresStaffingCompliance(PostgresApp app) : StaffingComplianceTests(app), IClassFixture<PostgresApp>;
