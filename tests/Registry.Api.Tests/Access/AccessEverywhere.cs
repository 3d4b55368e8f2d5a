using System.Net;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>
/// The public directory answers every caller alike; a report for a region outside the caller's jurisdiction is refused
/// with FORBIDDEN naming regionCode — never narrowed to the part the caller may see — in GraphQL and over HTTP alike.
/// The roster here: two committees in 昌邑区 (220202), one in 龙潭区 (220203), one in 长安区 (130102).
/// </summary>
public abstract class AccessEverywhere(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);
    private ApiSession Changyi => app.As(Role.BureauAdmin, "220202");

    private static readonly Dictionary<RegistryApp, Task<(string, string, string)>> Arranged = [];

    /// <summary>The roster, made once per database: the tests of a class share their app.</summary>
    private Task<(string Changyi, string Longtan, string LongtanMediator)> ArrangeAsync()
    {
        lock (Arranged)
            return Arranged.TryGetValue(app, out var done) ? done : Arranged[app] = MakeRosterAsync();
    }

    private async Task<(string, string, string)> MakeRosterAsync()
    {
        var changyi = await roster.Committee("220202001", name: "访问一致昌邑甲调委会");
        await roster.Committee("220202", "MEDIATION_CENTER", name: "访问一致昌邑乙调委会");
        var longtan = await roster.Committee("220203", "MEDIATION_CENTER", name: "访问一致龙潭调委会");
        await roster.Committee("130102", "MEDIATION_CENTER", name: "访问一致长安调委会");
        var mediator = await roster.Mediator("龙潭调解员");
        await roster.Appoint(mediator, longtan, "FULL_TIME");
        return (changyi, longtan, mediator);
    }

    [Fact]
    public async Task TheDirectoryAnswersTheSameSignedInOrNot()
    {
        var (_, longtan, mediator) = await ArrangeAsync();
        const string query = """{ committees(regionCode: "2202") { totalCount } mediators(regionCode: "2202") { totalCount } }""";
        foreach (var session in new[] { app.Anonymous, Changyi, app.As(Role.Viewer, "13"), app.As(Role.FinanceClerk, "220203") })
        {
            var data = await session.Data(query);
            Assert.Equal(3, data["committees"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(1, data["mediators"]!["totalCount"]!.GetValue<int>());
        }

        // node() of a directory entity outside the jurisdiction: answered, with personal fields still masked.
        var committee = await Changyi.Data("query($id: ID!) { node(id: $id) { ... on Committee { name } } }", new { id = longtan });
        Assert.Equal("访问一致龙潭调委会", committee["node"]!["name"]!.GetValue<string>());
        var person = await Changyi.Data("query($id: ID!) { node(id: $id) { ... on Mediator { name idNumber } } }", new { id = mediator });
        Assert.Contains("********", person["node"]!["idNumber"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ staffingCompliance(regionCode: "22") { committeeCount } }""")]
    [InlineData("""{ effectiveStaffingRules(regionCode: "22") { kind } }""")]
    [InlineData("""{ trainingCompliance(regionCode: "22", year: 2026) { mediatorCount } }""")]
    [InlineData("""{ caseStatistics(regionCode: "22", from: "2026-01-01", to: "2026-12-31") { totals { cases } } }""")]
    [InlineData("""{ auditLog(regionCode: "2202") { totalCount } }""")]
    [InlineData("""{ cases(regionCode: "130102") { totalCount } }""")]
    [InlineData("""{ trainingSessions(regionCode: "2202") { totalCount } }""")]
    public async Task AReportOutsideTheJurisdictionIsRefusedNamingRegionCode(string query)
    {
        var response = await Changyi.GraphQL(query);
        Assert.Null(response["data"]);
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("regionCode", error["extensions"]!["field"]!.GetValue<string>());
        Assert.EndsWith("is outside your jurisdiction (220202).", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AReportInsideTheJurisdictionIsAnsweredForTheRegionAsked()
    {
        await ArrangeAsync();
        var report = await Changyi.Data("""{ staffingCompliance(regionCode: "220202") { regionCode committeeCount } }""");
        Assert.Equal("220202", report["staffingCompliance"]!["regionCode"]!.GetValue<string>());
        Assert.Equal(2, report["staffingCompliance"]!["committeeCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheExportRefusesWithTheSameCodeFieldAndMessageAsGraphQL()
    {
        var graphQL = await Changyi.GraphQL("""{ staffingCompliance(regionCode: "22") { committeeCount } }""");
        using var client = Changyi.Client();
        using var response = await client.GetAsync("/exports/staffing-compliance.csv?regionCode=22");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("FORBIDDEN", error["code"]!.GetValue<string>());
        Assert.Equal("regionCode", error["field"]!.GetValue<string>());
        Assert.Equal("regionCode: Region 22 is outside your jurisdiction (220202).", error["message"]!.GetValue<string>());
        Assert.Equal(graphQL["errors"]![0]!["message"]!.GetValue<string>(), error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReportFieldsOfDirectoryEntriesOutsideTheJurisdictionAreRefused()
    {
        var (changyi, _, mediator) = await ArrangeAsync();
        const string stats = """{ committees(regionCode: "2202") { nodes { name caseStats(from: "2026-01-01", to: "2026-12-31") { cases } } } }""";
        var refused = await Changyi.GraphQL(stats);
        var error = refused["errors"]![0]!;
        Assert.Equal(("FORBIDDEN", "regionCode"), (error["extensions"]!["code"]!.GetValue<string>(), error["extensions"]!["field"]!.GetValue<string>()));
        Assert.Equal("regionCode: Region 220203 is outside your jurisdiction (220202).", error["message"]!.GetValue<string>());

        var own = await Changyi.Data("query($id: ID!) { node(id: $id) { ... on Committee { caseStats(from: \"2026-01-01\", to: \"2026-12-31\") { cases } } } }",
            new { id = changyi });
        Assert.Equal(0, own["node"]!["caseStats"]!["cases"]!.GetValue<int>());

        const string record = "query($id: ID!) { node(id: $id) { ... on Mediator { trainingRecord(year: 2026) { sessionCount } } } }";
        var training = await Changyi.GraphQL(record, new { id = mediator });
        Assert.Equal("FORBIDDEN", training["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("regionCode", training["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
        var longtan = await app.As(Role.Viewer, "220203").Data(record, new { id = mediator });
        Assert.Equal(0, longtan["node"]!["trainingRecord"]!["sessionCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task RefusalsByRoleAreWordedByTheAccessRules()
    {
        using var client = app.As(Role.Viewer, "22").Client();
        using var upload = await client.PostAsync("/imports/cases?sourcePlatform=x", new StringContent("案件编号\n", System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Contains("Importing cases needs BUREAU_ADMIN or FINANCE_CLERK; yours is VIEWER.", await upload.Content.ReadAsStringAsync());

        var audit = await app.As(Role.Viewer, "22").GraphQL("{ auditLog { totalCount } }");
        Assert.Equal("auditLog: Reading the audit trail needs BUREAU_ADMIN; yours is VIEWER.", audit["errors"]![0]!["message"]!.GetValue<string>());
    }
}

public sealed class SqliteAccessEverywhere(SqliteApp app) : AccessEverywhere(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccessEverywhere(PostgresApp app) : AccessEverywhere(app), IClassFixture<PostgresApp>;
