using System.Text.Json.Nodes;
using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;
using Registry.Api.Tests.Subsidies;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Regions;

/// <summary>
/// regionCode "CN" asks a report for the whole country: the provinces are its child regions, and every figure is the sum
/// of theirs. Data in two provinces: the hand-worked subsidy set in 广州 荔湾区 (44) and one committee with one case in
/// 济源 (41). Only a nationwide caller may ask for it.
/// </summary>
public abstract class NationalScope(RegistryApp app) : IAsyncLifetime
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RegistryApp, bool> Seeded = new();

    public async Task InitializeAsync()
    {
        if (!Seeded.TryAdd(app, true)) return;
        await SubsidyFixtureData.BuildAsync(app);
        var s = new SubsidyScenario(app);
        var jiyuan = await s.Grading.Training.Roster.Committee("419001001", "TOWNSHIP");
        var zhao = (await s.Grading.Training.Mediator("419001001", "赵", committeeId: jiyuan)).Id;
        await new CaseSetup(app).ImportOk("national", CaseSetup.Row("j1", jiyuan, zhao, "2026-01-05", "2026-02-01"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StaffingForTheCountryIsTheSumOfItsProvinces()
    {
        const string fields = "committeeCount compliantCount mediatorCount byRegion { regionCode committeeCount mediatorCount }";
        var cn = await Report("staffingCompliance", "CN", "", fields);
        var byProvince = ByRegion(cn, r => (Int(r, "committeeCount"), Int(r, "mediatorCount")));
        Assert.All(byProvince.Keys, code => Assert.Matches("^[0-9]{2}$", code));
        Assert.True(byProvince.Count >= 31, $"{byProvince.Count} provinces");
        foreach (var province in new[] { "44", "41" })
        {
            var report = await Report("staffingCompliance", province, "", fields);
            Assert.Equal((Int(report, "committeeCount"), Int(report, "mediatorCount")), byProvince[province]);
            Assert.True(Int(report, "committeeCount") > 0);
        }
        Assert.Equal(byProvince.Values.Sum(v => v.Item1), Int(cn, "committeeCount"));
        Assert.Equal(byProvince.Values.Sum(v => v.Item2), Int(cn, "mediatorCount"));

        // The export covers the same committees, one row each after the header.
        using var client = app.Admin.Client();
        var csv = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync("/exports/staffing-compliance.csv?regionCode=CN")).TrimStart('\uFEFF');
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Int(cn, "committeeCount"), rows.Length - 1);
        Assert.Contains(rows, r => r.Contains("419001001"));
    }

    [Fact]
    public async Task CasesSubsidiesTrainingScreeningAndGradesAddUpToo()
    {
        const string period = ", from: \"2026-01-01\", to: \"2026-03-31\"";
        var cases = await Report("caseStatistics", "CN", period, "totals { cases } byRegion { regionCode stats { cases } }");
        Assert.Equal(15, cases["totals"]!["cases"]!.GetValue<int>()); // 14 in 荔湾, 1 in 济源
        var casesBy = ByRegion(cases, r => r["stats"]!["cases"]!.GetValue<int>());
        Assert.Equal((14, 1), (casesBy["44"], casesBy["41"]));

        var subsidy = await Report("subsidyStatement", "CN", period, "totals { amount lines cases } byRegion { regionCode amount lines }");
        Assert.Equal((58601L, 17, 15), (subsidy["totals"]!["amount"]!.GetValue<long>(), Int(subsidy["totals"]!, "lines"), Int(subsidy["totals"]!, "cases")));
        var subsidyBy = ByRegion(subsidy, r => (r["amount"]!.GetValue<long>(), Int(r, "lines")));
        Assert.Equal(((58601L, 16), (0L, 1)), (subsidyBy["44"], subsidyBy["41"]));

        var training = await Report("trainingCompliance", "CN", ", year: 2026", "mediatorCount byRegion { regionCode mediatorCount }");
        var trainingBy = ByRegion(training, r => Int(r, "mediatorCount"));
        Assert.Equal(Int(training, "mediatorCount"), trainingBy.Values.Sum());
        Assert.Equal(Int(await Report("trainingCompliance", "44", ", year: 2026", "mediatorCount"), "mediatorCount"), trainingBy["44"]);
        Assert.Equal(1, trainingBy["41"]);

        var screening = await Report("screeningCompliance", "CN", period, "unitCount byRegion { regionCode unitCount }");
        var screeningBy = ByRegion(screening, r => Int(r, "unitCount"));
        Assert.Equal(Int(screening, "unitCount"), screeningBy.Values.Sum());
        Assert.Equal(Int(await Report("screeningCompliance", "41", period, "unitCount"), "unitCount"), screeningBy["41"]);

        var eligible = await Report("gradeEligibility", "CN", ", level: \"四级\", all: true", "totalCount");
        var parts = 0;
        foreach (var province in new[] { "44", "41" })
            parts += Int(await Report("gradeEligibility", province, ", level: \"四级\", all: true", "totalCount"), "totalCount");
        Assert.Equal(parts, Int(eligible, "totalCount"));
        Assert.True(parts > 0);
        // The eligible only, whose national statement reads every mediator's grades (a region's reads its serving
        // mediators'): the same mediators as the full list marks eligible and not holding the level.
        var eligibleOnly = await Report("gradeEligibility", "CN", ", level: \"四级\"", "totalCount nodes { mediator { id } }");
        var everyone = await Report("gradeEligibility", "CN", ", level: \"四级\", all: true, first: 100", "nodes { mediator { id } eligible holdsLevel }");
        var markedEligible = everyone["nodes"]!.AsArray()
            .Where(n => n!["eligible"]!.GetValue<bool>() && !n["holdsLevel"]!.GetValue<bool>())
            .Select(n => n!["mediator"]!["id"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(markedEligible, eligibleOnly["nodes"]!.AsArray().Select(n => n!["mediator"]!["id"]!.GetValue<string>()).Order());
        Assert.Equal(markedEligible.Count, Int(eligibleOnly, "totalCount"));
        // Each mediator judged by their committee's ladder (Guangdong's for 荔湾, the national one for 济源): the country's
        // lists are its provinces' lists together, criterion for criterion.
        const string Judged = "nodes { mediator { id } eligible holdsLevel criteria { criterion { kind } met } }";
        static IEnumerable<string> Lines(JsonNode list) => list["nodes"]!.AsArray().Select(n => n!["mediator"]!["id"]!.GetValue<string>() + ":" +
            n["eligible"]!.GetValue<bool>() + ":" + string.Join(",", n["criteria"]!.AsArray().Select(c => c!["criterion"]!["kind"]!.GetValue<string>() + "=" + c["met"]!.GetValue<bool>())));
        var national = Lines(await Report("gradeEligibility", "CN", ", level: \"四级\", all: true, first: 100", Judged)).ToList();
        var provinces = new List<string>();
        var provincesEligible = new List<string>();
        foreach (var province in new[] { "44", "41" })
        {
            provinces.AddRange(Lines(await Report("gradeEligibility", province, ", level: \"四级\", all: true, first: 100", Judged)));
            provincesEligible.AddRange((await Report("gradeEligibility", province, ", level: \"四级\", first: 100", "nodes { mediator { id } }"))["nodes"]!
                .AsArray().Select(n => n!["mediator"]!["id"]!.GetValue<string>()));
        }
        Assert.Equal(provinces.Order(), national.Order());
        Assert.Equal(provincesEligible.Order(), markedEligible);
        Assert.Contains(national, l => l.Contains("ORAL_AGREEMENT_SHARE=")); // Guangdong's 四级
        Assert.Contains(national, l => l.Contains(":YEARS_OF_SERVICE=True,VALID_CERTIFICATE=")); // the national 四级

        // 戊 in 荔湾 and 赵 in 济源 serve without a certificate.
        var uncertified = await Report("uncertifiedServing", "CN", "", "totalCount nodes { name }");
        Assert.Equal(["戊", "赵"], uncertified["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task OnlyANationwideCallerMayAskForTheCountry()
    {
        var province = new ApiSession(app, app.Token(Role.BureauAdmin, "44"));
        var answer = await province.GraphQL("""{ staffingCompliance(regionCode: "CN") { committeeCount } }""");
        var error = answer["errors"]![0]!;
        Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("regionCode", error["message"]!.GetValue<string>());
        // "CN" is a scope for reports, not a region: a mutation's region still has to be a real one.
        var created = await app.Data("""
            mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { userErrors { field code } } }
            """, new { input = Infrastructure.Roster.CommitteeInput("CN", "TOWNSHIP", "2015-01-01", false, "全国调委会") });
        Assert.Equal("INVALID", created["createCommittee"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    private async Task<JsonNode> Report(string field, string region, string arguments, string select) =>
        (await app.Data($$"""{ {{field}}(regionCode: "{{region}}"{{arguments}}) { {{select}} } }"""))[field]!;

    private static Dictionary<string, T> ByRegion<T>(JsonNode report, Func<JsonNode, T> value) =>
        report["byRegion"]!.AsArray().ToDictionary(r => r!["regionCode"]!.GetValue<string>(), r => value(r!));

    private static int Int(JsonNode node, string field) => node[field]!.GetValue<int>();
}

public sealed class SqliteNationalScope(SqliteApp app) : NationalScope(app), IClassFixture<SqliteApp>;

public sealed class PostgresNationalScope(PostgresApp app) : NationalScope(app), IClassFixture<PostgresApp>;
