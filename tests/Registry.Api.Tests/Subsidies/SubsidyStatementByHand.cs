using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Subsidies;

/// <summary>subsidyStatement against the figures of <see cref="SubsidyFixtureData"/>, worked out by hand.</summary>
public abstract class SubsidyStatementByHand(RegistryApp app) : IAsyncLifetime
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RegistryApp, Dictionary<string, string>> Seeded = new();
    private readonly SubsidyScenario s = new(app);

    public async Task InitializeAsync()
    {
        if (!Seeded.ContainsKey(app)) Seeded[app] = await SubsidyFixtureData.BuildAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TotalsAreTheSumsWorkedOutByHand()
    {
        var totals = (await s.Statement(SubsidyFixtureData.Region, "2026-01-01", "2026-03-31", $"totals {{ {SubsidyScenario.TotalsFields} }}"))["totals"]!;
        Assert.Equal((58601L, 62601L, 16L, 10L, 14L), (SubsidyTestHelp.L(totals, "amount"), SubsidyTestHelp.L(totals, "amountBeforeCap"),
            SubsidyTestHelp.L(totals, "lines"), SubsidyTestHelp.L(totals, "payableLines"), SubsidyTestHelp.L(totals, "cases")));
    }

    [Fact]
    public async Task EveryLinePaysWhatTheHandWorkedTableSays()
    {
        var statement = await s.Statement(SubsidyFixtureData.Region, "2026-01-01", "2026-03-31", $"lines(first: 100) {{ totalCount nodes {{ {SubsidyScenario.LineFields} }} }}");
        var lines = SubsidyTestHelp.Lines(statement["lines"]!);
        Assert.Equal(16, statement["lines"]!["totalCount"]!.GetValue<int>());
        var expected = new Dictionary<string, (long, string)>
        {
            ["s1/甲"] = (8000, "PAYABLE"), ["s2/乙"] = (9600, "PAYABLE"),
            ["s3/甲"] = (1801, "PAYABLE"), ["s3/丙"] = (600, "PAYABLE"), ["s3/丁"] = (600, "PAYABLE"),
            ["s4/甲"] = (0, "ENTERED_LATE"), ["s5/戊"] = (0, "LEAD_NOT_CERTIFIED"), ["s6/甲"] = (0, "NOT_SUCCESSFUL"),
            ["s7/丙"] = (8000, "PAYABLE"), ["s8/丁"] = (0, "DUPLICATE_DISPUTE"), ["s9/甲"] = (0, "NO_FOLLOW_UP"),
            ["s10/己"] = (0, "EXCLUDED_MEDIATOR"),
            ["s11/庚"] = (8000, "PAYABLE"), ["s12/庚"] = (8000, "PAYABLE"), ["s13/庚"] = (4000, "CAPPED"),
            ["s14/甲"] = (10000, "PAYABLE"),
        };
        Assert.Equal(expected.OrderBy(e => e.Key), lines.OrderBy(e => e.Key).Select(e => new KeyValuePair<string, (long, string)>(e.Key, e.Value)));
        var odd = statement["lines"]!["nodes"]!.AsArray().Single(l => l!["externalNumber"]!.GetValue<string>() == "s3" && l["isLead"]!.GetValue<bool>())!;
        Assert.Equal((0.6, 1801L), (odd["share"]!.GetValue<double>(), odd["baseFen"]!.GetValue<long>()));
        var graded = statement["lines"]!["nodes"]!.AsArray().Single(l => l!["externalNumber"]!.GetValue<string>() == "s2")!;
        Assert.Equal(1.2, graded["coefficient"]!.GetValue<double>());
        Assert.Contains("8000 fen × 1.200 (四级)", graded["rule"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("zh-CN", "一般案件书面协议（政策 ", "）：主办，全案 = 8000 分 × 1.200（四级） × 100% = 9600 分。", "调解结果为调解不成：只有达成调解协议的案件才予补贴。")]
    [InlineData(null, "ORDINARY written agreement under policy ", ": lead, whole case = 8000 fen × 1.200 (四级) × 100% = 9600 fen.", "Outcome FAILED: only an agreement pays.")]
    public async Task ALinesRuleReadsInTheCallersLanguage(string? language, string pricedStart, string pricedEnd, string failed)
    {
        using var client = app.Admin.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = """{ subsidyStatement(regionCode: "440103", from: "2026-01-01", to: "2026-03-31") { lines(first: 100) { nodes { externalNumber reason rule } } } }""",
            }),
        };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        var nodes = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["subsidyStatement"]!["lines"]!["nodes"]!.AsArray();
        string Rule(string number) => nodes.Single(n => n!["externalNumber"]!.GetValue<string>() == number)!["rule"]!.GetValue<string>();
        Assert.StartsWith(pricedStart, Rule("s2"));
        Assert.EndsWith(pricedEnd, Rule("s2"));
        Assert.Equal(failed, Rule("s6"));
    }

    [Fact]
    public async Task PayableFilterAndPagingCoverEveryLineOnce()
    {
        var payable = await s.Statement(SubsidyFixtureData.Region, "2026-01-01", "2026-03-31", "lines(first: 4, payable: true) { totalCount pageInfo { hasNextPage endCursor } nodes { amount } }");
        Assert.Equal(10, payable["lines"]!["totalCount"]!.GetValue<int>());
        Assert.True(payable["lines"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var after = payable["lines"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var rest = (await app.Data("""
            query($after: String) { subsidyStatement(regionCode: "440103", from: "2026-01-01", to: "2026-03-31") { lines(first: 100, payable: true, after: $after) { nodes { amount } } } }
            """, new { after }))["subsidyStatement"]!["lines"]!["nodes"]!.AsArray();
        var all = payable["lines"]!["nodes"]!.AsArray().Concat(rest).Sum(n => n!["amount"]!.GetValue<long>());
        Assert.Equal((6, 58601L), (rest.Count, all));
    }

    [Fact]
    public async Task MediatorCommitteeAndRegionTotalsAddUpToTheStatement()
    {
        var statement = await s.Statement("4401", "2026-01-01", "2026-03-31",
            "totals { amount } byMediator(first: 100) { totalCount nodes { mediator { name } amountBeforeCap amount } } byCommittee(first: 10) { nodes { amount } } byRegion { regionCode amount lines } byReason { reason lines amount }");
        var mediators = statement["byMediator"]!["nodes"]!.AsArray().ToDictionary(n => n!["mediator"]!["name"]!.GetValue<string>(),
            n => (SubsidyTestHelp.L(n!, "amountBeforeCap"), SubsidyTestHelp.L(n!, "amount")));
        Assert.Equal(7, statement["byMediator"]!["totalCount"]!.GetValue<int>());
        Assert.Equal((24000L, 20000L), mediators["庚"]);
        Assert.Equal((19801L, 19801L), mediators["甲"]);
        Assert.Equal((0L, 0L), mediators["己"]);
        Assert.Equal(58601L, mediators.Values.Sum(v => v.Item2));
        Assert.Equal(58601L, statement["byCommittee"]!["nodes"]!.AsArray().Sum(n => SubsidyTestHelp.L(n!, "amount")));
        var region = Assert.Single(statement["byRegion"]!.AsArray())!;
        Assert.Equal(("440103", 58601L, 16L), (region["regionCode"]!.GetValue<string>(), SubsidyTestHelp.L(region, "amount"), SubsidyTestHelp.L(region, "lines")));
        var reasons = statement["byReason"]!.AsArray().ToDictionary(r => r!["reason"]!.GetValue<string>(), r => SubsidyTestHelp.L(r!, "lines"));
        Assert.Equal(9, reasons["PAYABLE"]);
        Assert.Equal(1, reasons["CAPPED"]);
    }

    [Fact]
    public async Task NonsensePoliciesAreRefusedWithFieldErrors()
    {
        var payload = await s.SetPolicy(new
        {
            regionCode = "440104", title = "坏", sourceDocument = "测试", effectiveFrom = "2026-01-01",
            rates = new object[] { new { difficulty = "SIMPLE", agreement = "WRITTEN", amountFen = -1L } },
            leadSharePercent = 120, monthlyCapFen = 0L,
        });
        Assert.Equal([("leadSharePercent", "OUT_OF_RANGE"), ("monthlyCapFen", "OUT_OF_RANGE"), ("rates.0.amountFen", "OUT_OF_RANGE")],
            SubsidyTestHelp.Errors(payload).OrderBy(e => e.Field).ToList());
    }

    [Fact]
    public async Task AStatementOutsideTheJurisdictionIsRefused()
    {
        var clerk = s.As(Domain.Access.Role.FinanceClerk, "440104", "clerk-x");
        var result = await clerk.GraphQL("""{ subsidyStatement(regionCode: "440103", from: "2026-01-01", to: "2026-03-31") { totals { amount } } }""");
        Assert.Equal("FORBIDDEN", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

public sealed class SqliteSubsidyStatementByHand(SqliteApp app) : SubsidyStatementByHand(app), IClassFixture<SqliteApp>;

public sealed class PostgresSubsidyStatementByHand(PostgresApp app) : SubsidyStatementByHand(app), IClassFixture<PostgresApp>;
