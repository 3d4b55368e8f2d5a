using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Staffing;

public abstract class StaffingPolicySettingTests(RegistryApp app)
{
    private const string Set = """
        mutation($input: SetStaffingPolicyInput!) {
          setStaffingPolicy(input: $input) {
            staffingPolicy { id regionCode title effectiveFrom effectiveTo rules { kind minimumFullTime severity } targets { metric target deadline } }
            userErrors { field code message }
          }
        }
        """;

    private static object Input(string regionCode, string effectiveFrom, int minimum = 2, double share = 0.15) => new
    {
        regionCode,
        title = "测试配备标准",
        sourceDocument = "测试司法局《关于加强专职人民调解员队伍建设的意见》",
        effectiveFrom,
        effectiveTo = (string?)null,
        rules = new[] { new { kind = "TOWNSHIP", minimumFullTime = minimum, severity = "REQUIRED" } },
        targets = new[] { new { metric = "FULL_TIME_SHARE", target = share, deadline = (string?)null } },
    };

    private async Task<JsonNode> SetAsync(object input) => (await app.Data(Set, new { input }))["setStaffingPolicy"]!;

    private int StoredPolicies() => app.WithDb(db => db.StaffingPolicies.Count());

    [Theory]
    [InlineData("22", "2021-06-01", 2, 0.15, "effectiveFrom", "OVERLAP")] // inside Jilin's closed 2018-12-19 – 2021-12-31 plan
    [InlineData("13", "2022-06-01", 2, 0.15, "effectiveFrom", "OVERLAP")] // before Hebei's open version starts: not a newer version
    [InlineData("5101", "2025-01-01", -1, 0.15, "rules.0.minimumFullTime", "OUT_OF_RANGE")]
    [InlineData("5101", "2025-01-01", 2, 1.5, "targets.0.target", "OUT_OF_RANGE")]
    [InlineData("5101", "2025-01-01", 2, -0.1, "targets.0.target", "OUT_OF_RANGE")]
    public async Task ARejectedPolicyNamesTheFieldAndWritesNothing(string region, string from, int minimum, double share, string field, string code)
    {
        var before = StoredPolicies();

        var payload = await SetAsync(Input(region, from, minimum, share));

        Assert.Null(payload["staffingPolicy"]);
        var error = payload["userErrors"]!.AsArray().Single()!;
        Assert.Equal(field.Split('.'), error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Equal(before, StoredPolicies());
    }

    [Fact]
    public async Task ANewVersionEndsTheOpenEndedOneTheDayBefore()
    {
        var payload = await SetAsync(Input("13", "2027-01-01", minimum: 3));
        Assert.Empty(payload["userErrors"]!.AsArray());

        var versions = await app.Data("""{ staffingPolicies(regionCode: "13") { nodes { regionCode effectiveFrom effectiveTo } } }""");
        var hebei = versions["staffingPolicies"]!["nodes"]!.AsArray().Where(p => p!["regionCode"]!.GetValue<string>() == "13")
            .Select(p => (p!["effectiveFrom"]!.GetValue<string>(), p["effectiveTo"]?.GetValue<string>())).OrderBy(p => p.Item1).ToList();
        Assert.Equal([("2023-01-01", "2026-12-31"), ("2027-01-01", null)], hebei);

        async Task<int> TownshipMinimum(string asOf) =>
            (await app.Data("query($asOf: Date) { effectiveStaffingRules(regionCode: \"130102\", asOf: $asOf) { kind minimumFullTime } }", new { asOf }))
            ["effectiveStaffingRules"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == "TOWNSHIP")!["minimumFullTime"]!.GetValue<int>();
        Assert.Equal(2, await TownshipMinimum("2026-12-31"));
        Assert.Equal(3, await TownshipMinimum("2027-01-01"));
    }

    [Fact]
    public async Task ANewPolicyGovernsItsRegionFromItsFirstDay()
    {
        var payload = await SetAsync(Input("5105", "2025-01-01", minimum: 4));

        Assert.Empty(payload["userErrors"]!.AsArray());
        var policy = payload["staffingPolicy"]!;
        Assert.Equal(("5105", "2025-01-01", 4, 0.15), (policy["regionCode"]!.GetValue<string>(), policy["effectiveFrom"]!.GetValue<string>(),
            policy["rules"]![0]!["minimumFullTime"]!.GetValue<int>(), policy["targets"]![0]!["target"]!.GetValue<double>()));
        var rules = await app.Data("""
            query($asOf: Date) { effectiveStaffingRules(regionCode: "510502", asOf: $asOf) { kind minimumFullTime policy { id } } }
            """, new { asOf = "2025-01-01" });
        var township = rules["effectiveStaffingRules"]!.AsArray().Single()!;
        Assert.Equal((4, policy["id"]!.GetValue<string>()), (township["minimumFullTime"]!.GetValue<int>(), township["policy"]!["id"]!.GetValue<string>()));
        var dayBefore = await app.Data("""{ effectiveStaffingRules(regionCode: "510502", asOf: "2024-12-31") { kind } }""");
        Assert.Empty(dayBefore["effectiveStaffingRules"]!.AsArray());

        var node = await app.Data("query($id: ID!) { node(id: $id) { ... on StaffingPolicy { title rules { kind } } } }", new { id = policy["id"]!.GetValue<string>() });
        Assert.Equal("TOWNSHIP", node["node"]!["rules"]![0]!["kind"]!.GetValue<string>());
        var listed = await app.Data("""{ staffingPolicies(regionCode: "510502") { totalCount nodes { regionCode } } }""");
        Assert.Equal(["5105"], listed["staffingPolicies"]!["nodes"]!.AsArray().Select(n => n!["regionCode"]!.GetValue<string>()));
    }
}

public sealed class SqliteStaffingPolicySetting(SqliteApp app) : StaffingPolicySettingTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresStaffingPolicySetting(PostgresApp app) : StaffingPolicySettingTests(app), IClassFixture<PostgresApp>;
