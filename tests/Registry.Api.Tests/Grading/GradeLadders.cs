using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Grading;

/// <summary>Ladder versions for 海珠区 (440105): a change mid-year, refused ladders, and the seeded ones resolved most-specific-first.</summary>
public abstract class GradeLadders(RegistryApp app)
{
    private readonly GradingScenario s = new(app);

    private static object Level(string name, int rank, int? minCasesLed = null, int? casesLedYears = null) =>
        new { code = $"R{rank}", name, rank, minCasesLed, casesLedYears };

    [Fact]
    public async Task ALadderChangedMidYearJudgesEachDayByTheVersionThenInForce()
    {
        GradingScenario.Ok(await s.SetLadder(new
        {
            regionCode = "440105", title = "海珠区等级（第一版）", sourceDocument = "测试", effectiveFrom = "2026-01-01",
            levels = new[] { Level("四级", 1, 3, 1) },
        }));
        var second = await s.SetLadder(new
        {
            regionCode = "440105", title = "海珠区等级（第二版）", sourceDocument = "测试", effectiveFrom = "2026-07-01",
            levels = new[] { Level("四级", 1, 5, 1), Level("特级", 2) },
        });
        GradingScenario.Ok(second);
        var first = await app.Data("""{ gradeLadder(regionCode: "440105", asOf: "2026-06-30") { title effectiveTo levels { name } } }""");
        Assert.Equal(("海珠区等级（第一版）", "2026-06-30"), (first["gradeLadder"]!["title"]!.GetValue<string>(), first["gradeLadder"]!["effectiveTo"]!.GetValue<string>()));

        var committee = await s.Training.Roster.Committee("440105", "MEDIATION_CENTER");
        var m = await s.Training.Mediator("440105", "年中", committeeId: committee);
        await s.Cases.ImportOk("ladder", Enumerable.Range(1, 4).Select(i =>
            Cases.CaseSetup.Row($"l{i}", committee, m.Id, $"2026-0{i + 1}-01", $"2026-0{i + 1}-10")).ToArray());

        const string Query = """
            query($asOf: Date) { gradeEligibility(regionCode: "440105", level: "四级", asOf: $asOf, all: true) {
              nodes { eligible criteria { criterion { kind } required actual } } } }
            """;
        var june = Assert.Single((await app.Data(Query, new { asOf = "2026-06-30" }))["gradeEligibility"]!["nodes"]!.AsArray())!;
        var july = Assert.Single((await app.Data(Query, new { asOf = "2026-07-01" }))["gradeEligibility"]!["nodes"]!.AsArray())!;
        Assert.True(june["eligible"]!.GetValue<bool>());
        Assert.False(july["eligible"]!.GetValue<bool>());
        var cases = july["criteria"]![0]!;
        Assert.Equal(("CASES_LED", 5.0, 4.0), (cases["criterion"]!["kind"]!.GetValue<string>(), cases["required"]!.GetValue<double>(), cases["actual"]!.GetValue<double>()));

        // 特级 exists only from 2026-07-01.
        var early = GradingScenario.Error(await s.Mutate("recordGradeAssessment", "RecordGradeAssessmentInput", "gradeAssessment { level }",
            new { mediatorId = m.Id, level = "特级", assessedOn = "2026-06-15", basis = "评定", assessingRegionCode = "440105" }));
        Assert.Equal(("level", "NOT_FOUND"), (early.Field, early.Code));
        await s.Assess(m.Id, "特级", "2026-08-01", "440105");
        var grade = await app.Data("""
            query($id: ID!) { node(id: $id) { ... on Mediator { grade { level assessedOn assessingRegion { code } } before: grade(asOf: "2026-07-31") { level } gradeHistory { totalCount } } } }
            """, new { id = m.Id });
        Assert.Equal(("特级", "2026-08-01", "440105"), (grade["node"]!["grade"]!["level"]!.GetValue<string>(),
            grade["node"]!["grade"]!["assessedOn"]!.GetValue<string>(), grade["node"]!["grade"]!["assessingRegion"]!["code"]!.GetValue<string>()));
        Assert.Null(grade["node"]!["before"]);
        Assert.Equal(1, grade["node"]!["gradeHistory"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task RefusesOverlappingPeriodsAndCriteriaThatMakeNoSense()
    {
        GradingScenario.Ok(await s.SetLadder(new
        {
            regionCode = "440103", title = "荔湾区等级", sourceDocument = "测试", effectiveFrom = "2025-01-01", effectiveTo = "2025-12-31",
            levels = new[] { Level("四级", 1) },
        }));
        var overlap = GradingScenario.Error(await s.SetLadder(new
        {
            regionCode = "440103", title = "荔湾区等级（重叠）", sourceDocument = "测试", effectiveFrom = "2025-06-01",
            levels = new[] { Level("四级", 1) },
        }));
        Assert.Equal(("effectiveFrom", "OVERLAP"), (overlap.Field, overlap.Code));

        var bad = await s.SetLadder(new
        {
            regionCode = "440103", title = "荔湾区等级（错）", sourceDocument = "测试", effectiveFrom = "2027-01-01",
            levels = new object[]
            {
                new { code = "A", name = "四级", rank = 1, minCasesLed = -1, casesLedYears = 1, maxOralAgreementShare = 1.5, oralShareYears = 1,
                      minAgreementRate = -0.1, agreementRateYears = 1, minYearsAtLevelBelow = 1 },
                new { code = "B", name = "三级", rank = 2, minYearsOfService = -2, minAgreementRate = 0.9 },
            },
        });
        var errors = bad["userErrors"]!.AsArray().Select(e => (GradingTestFields(e!), e!["code"]!.GetValue<string>())).ToList();
        Assert.Equal(
        [
            ("levels.0.minCasesLed", "OUT_OF_RANGE"), ("levels.0.minYearsAtLevelBelow", "INVALID"),
            ("levels.0.maxOralAgreementShare", "OUT_OF_RANGE"), ("levels.0.minAgreementRate", "OUT_OF_RANGE"),
            ("levels.1.minYearsOfService", "OUT_OF_RANGE"), ("levels.1.agreementRateYears", "REQUIRED"),
        ], errors.OrderBy(e => e.Item1[..8]).ThenBy(e => Order(e.Item1)).ToList());
        Assert.Null(bad["policy"]);
    }

    [Fact]
    public async Task TheMostSpecificSeededLadderGovernsTakenWhole()
    {
        const string Query = "query($code: String!) { gradeLadder(regionCode: $code, asOf: \"2026-11-22\") { regionCode levels { name rank } } }";
        async Task<(string Region, string Names)> Ladder(string code)
        {
            var l = (await app.Data(Query, new { code }))["gradeLadder"]!;
            return (l["regionCode"]!.GetValue<string>(), string.Join(",", l["levels"]!.AsArray().Select(x => x!["name"]!.GetValue<string>())));
        }
        Assert.Equal(("CN", "四级,三级,二级,一级"), await Ladder("13"));
        Assert.Equal(("44", "四级,三级,二级,一级"), await Ladder("440104"));
        Assert.Equal(("5107", "四级,三级,二级,一级,首席"), await Ladder("510703"));
    }

    [Fact]
    public async Task AProvincesListJudgesEachMediatorByTheLadderOfTheirCommittee()
    {
        GradingScenario.Ok(await s.SetLadder(new
        {
            regionCode = "440113", title = "番禺区等级", sourceDocument = "测试", effectiveFrom = "2026-01-01",
            levels = new[] { Level("四级", 1, 3, 1), Level("特级", 2, 1, 1) },
        }));
        // 花都 asks twelve hours of training a year, which Guangdong's 四级 asks for one year.
        var requirement = await app.Data("""
            mutation($input: SetTrainingRequirementInput!) { setTrainingRequirement(input: $input) { userErrors { field message } } }
            """, new { input = new { regionCode = "440114", title = "花都区培训", sourceDocument = "测试", effectiveFrom = "2026-01-01", minHoursPerYear = 12.0 } });
        Assert.Empty(requirement["setTrainingRequirement"]!["userErrors"]!.AsArray());
        // 南沙 asks eight: with 番禺's zone and 花都's, the province's list reads more smaller zones than it has
        // connections beside the request's (GradeEligibilityReport.ZoneLanes), so one connection reads two of them.
        requirement = await app.Data("""
            mutation($input: SetTrainingRequirementInput!) { setTrainingRequirement(input: $input) { userErrors { field message } } }
            """, new { input = new { regionCode = "440115", title = "南沙区培训", sourceDocument = "测试", effectiveFrom = "2026-01-01", minHoursPerYear = 8.0 } });
        Assert.Empty(requirement["setTrainingRequirement"]!["userErrors"]!.AsArray());
        var panyu = await s.Training.Roster.Committee("440113", "MEDIATION_CENTER");
        var huadu = await s.Training.Roster.Committee("440114", "MEDIATION_CENTER");
        var local = await s.Training.Mediator("440113", "番禺甲", start: "2025-06-01", committeeId: panyu);
        var neighbour = await s.Training.Mediator("440114", "花都乙", start: "2025-06-01", committeeId: huadu);
        var both = await s.Training.Mediator("440114", "两地丙", start: "2025-06-01", committeeId: huadu);
        var nansha = await s.Training.Mediator("440115", "南沙丁", start: "2025-06-01",
            committeeId: await s.Training.Roster.Committee("440115", "MEDIATION_CENTER"));
        await s.Training.Roster.Appoint(both.Id, panyu, employment: "PART_TIME", startDate: "2025-07-01");
        foreach (var (m, committee, key) in new[] { (local, panyu, "a"), (neighbour, huadu, "b"), (both, huadu, "c") })
            await s.Cases.ImportOk("zones-" + key, Enumerable.Range(1, 4).Select(i =>
                Cases.CaseSetup.Row($"z{key}{i}", committee, m.Id, $"2026-0{i + 1}-01", $"2026-0{i + 1}-10")).ToArray());

        const string Query = """
            query($region: String!, $level: String!, $all: Boolean) { gradeEligibility(regionCode: $region, level: $level, asOf: "2026-11-22", all: $all, first: 100) {
              totalCount nodes { mediator { id } eligible criteria { criterion { kind } required } } } }
            """;
        async Task<Dictionary<string, (bool Eligible, string Criteria)>> List(string region, string level, bool all = true) =>
            (await app.Data(Query, new { region, level, all }))["gradeEligibility"]!["nodes"]!.AsArray().ToDictionary(
                n => n!["mediator"]!["id"]!.GetValue<string>(),
                n => (n!["eligible"]!.GetValue<bool>(), string.Join(",", n["criteria"]!.AsArray().Select(c => c!["criterion"]!["kind"]!.GetValue<string>() + "=" + c["required"]))));

        // Asked for the province, 番禺's mediator meets 番禺's 四级 (three cases in a year); 花都's is judged by Guangdong's,
        // and one serving in both by the more specific, 番禺's — as a list for each county says.
        var province = await List("44", "四级");
        Assert.Equal((true, "CASES_LED=3"), province[local.Id]);
        Assert.Equal((true, "CASES_LED=3"), province[both.Id]);
        Assert.False(province[neighbour.Id].Eligible);
        Assert.Equal("YEARS_OF_SERVICE=2,CASES_LED=50,ORAL_AGREEMENT_SHARE=0.3,AGREEMENT_RATE=0.85,TRAINING_HOURS=12,NO_CRIMINAL_CASE=0",
            province[neighbour.Id].Criteria);
        Assert.Equal(province[local.Id], (await List("440113", "四级"))[local.Id]);
        Assert.Equal(province[neighbour.Id], (await List("440114", "四级"))[neighbour.Id]);
        Assert.Equal("YEARS_OF_SERVICE=2,CASES_LED=50,ORAL_AGREEMENT_SHARE=0.3,AGREEMENT_RATE=0.85,TRAINING_HOURS=8,NO_CRIMINAL_CASE=0",
            province[nansha.Id].Criteria);
        Assert.Equal(province[nansha.Id], (await List("440115", "四级"))[nansha.Id]);
        var eligible = await List("44", "四级", all: false);
        Assert.Contains(local.Id, eligible.Keys);
        Assert.Contains(both.Id, eligible.Keys);
        Assert.DoesNotContain(neighbour.Id, eligible.Keys);

        // 特级 is a level of 番禺's ladder alone: the province's list holds only mediators it governs.
        var top = await List("44", "特级");
        Assert.Contains(local.Id, top.Keys);
        Assert.Contains(both.Id, top.Keys);
        Assert.DoesNotContain(neighbour.Id, top.Keys);
        // Everyone listed is counted, and pages of two, cursor after cursor, walk the same list.
        const string Paged = """
            query($region: String!, $level: String!, $after: String) { gradeEligibility(regionCode: $region, level: $level, asOf: "2026-11-22", all: true, first: 2, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } nodes { mediator { id } } } }
            """;
        async Task<(int Total, List<string> Ids)> Walk(string region, string level)
        {
            var ids = new List<string>();
            string? after = null;
            int total;
            while (true)
            {
                var answer = await app.GraphQL(Paged, new { region, level, after });
                if (answer["errors"] is not null) return (0, ids);
                var list = answer["data"]!["gradeEligibility"]!;
                total = list["totalCount"]!.GetValue<int>();
                ids.AddRange(list["nodes"]!.AsArray().Select(n => n!["mediator"]!["id"]!.GetValue<string>()));
                if (!list["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) return (total, ids);
                after = list["pageInfo"]!["endCursor"]!.GetValue<string>();
            }
        }
        var walked = await Walk("44", "特级");
        Assert.Equal(top.Keys.Order(), walked.Ids.Order());
        Assert.Equal(walked.Ids.Count, walked.Total);
        // 特级 is also a level of 海珠's second ladder when the test that sets it has run.
        Assert.Equal((await Walk("440113", "特级")).Total + (await Walk("440105", "特级")).Total, walked.Total);
        var fourth = await Walk("44", "四级");
        Assert.Equal(fourth.Ids.Count, fourth.Total);
        Assert.Equal(province.Keys.Order(), fourth.Ids.Order());

        var unknown = await app.GraphQL(Query, new { region = "44", level = "首席", all = true });
        Assert.Equal("NOT_FOUND", unknown["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("首席", unknown["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task GradingIsABureausInsideItsJurisdiction()
    {
        var input = new { regionCode = "440111", title = "白云区", sourceDocument = "测试", effectiveFrom = "2025-01-01", levels = new[] { Level("四级", 1) } };
        const string Set = "mutation($input: SetGradeLadderInput!) { setGradeLadder(input: $input) { policy { id } userErrors { field code } } }";
        var viewer = await app.As(Role.Viewer, "44").GraphQL(Set, new { input });
        Assert.Equal("FORBIDDEN", viewer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var elsewhere = (await app.As(Role.BureauAdmin, "51").Data(Set, new { input }))["setGradeLadder"]!;
        Assert.Equal(("regionCode", "FORBIDDEN"), (GradingTestFields(elsewhere["userErrors"]![0]!), elsewhere["userErrors"]![0]!["code"]!.GetValue<string>()));
        var national = (await app.As(Role.BureauAdmin, "44").Data(Set, new { input = input with { regionCode = "CN" } }))["setGradeLadder"]!;
        Assert.Equal("FORBIDDEN", national["userErrors"]![0]!["code"]!.GetValue<string>());
        var own = (await app.As(Role.BureauAdmin, "4401").Data(Set, new { input }))["setGradeLadder"]!;
        Assert.Empty(own["userErrors"]!.AsArray());
        var audited = app.WithDb(db => db.AuditEntries.Count(a => a.Operation == "setGradeLadder" && a.Jurisdiction == "4401" && a.EntityType == "GradeLadder"));
        Assert.Equal(1, audited);
    }

    private static string GradingTestFields(System.Text.Json.Nodes.JsonNode error) => Training.TrainingScenario.Fields(error);

    private static int Order(string field) => field.Split('.')[^1] switch
    {
        "minCasesLed" => 0, "minYearsAtLevelBelow" => 1, "maxOralAgreementShare" => 2, "minAgreementRate" => 3,
        "minYearsOfService" => 0, "agreementRateYears" => 1, _ => 9,
    };
}

public sealed class SqliteGradeLadders(SqliteApp app) : GradeLadders(app), IClassFixture<SqliteApp>;

public sealed class PostgresGradeLadders(PostgresApp app) : GradeLadders(app), IClassFixture<PostgresApp>;
