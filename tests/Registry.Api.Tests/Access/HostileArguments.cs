using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Access;

/// <summary>
/// Every argument is range-checked before it can fail inside a resolver or the database: the answer is an error naming
/// the argument, never an internal error, and no answer carries a .NET type name or an exception's message.
/// </summary>
public abstract class HostileArguments(RegistryApp app)
{
    private static void AssertRefusedNaming(JsonObject response, string argument, string code)
    {
        var text = response.ToJsonString();
        var errors = response["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e!["message"]!.GetValue<string>().Contains(argument, StringComparison.Ordinal));
        Assert.Contains(errors, e => e!["extensions"]?["code"]?.GetValue<string>() == code);
        Assert.DoesNotContain("INTERNAL_ERROR", text);
        AssertNoInternals(text);
    }

    private static void AssertNoInternals(string text)
    {
        foreach (var leak in new[] { "System.", "GraphQL.", "Exception", "Object reference", "Registry.Api", "   at " })
            Assert.DoesNotContain(leak, text);
    }

    [Theory]
    [InlineData("""{ auditLog(to: "9999-12-31") { totalCount } }""", "to")]
    [InlineData("""{ auditLog(from: "0001-01-01") { totalCount } }""", "from")]
    [InlineData("""{ staffingCompliance(regionCode: "13", asOf: "2200-01-01") { committeeCount } }""", "asOf")]
    [InlineData("""{ caseStatistics(regionCode: "13", from: "1899-12-31", to: "2026-01-01") { totals { cases } } }""", "from")]
    [InlineData("""{ trainingSessions(from: "2026-02-30") { totalCount } }""", "from")]
    public async Task ADateOutsideTheRegistrysRangeIsRefusedNamingTheArgument(string query, string argument)
    {
        var response = await app.GraphQL(query);
        Assert.Null(response["data"]);
        AssertRefusedNaming(response, argument, "ARGUMENTS_OF_CORRECT_TYPE");
    }

    [Fact]
    public async Task ADateVariableOutsideTheRangeIsRefusedNamingTheVariable()
    {
        var response = await app.GraphQL("query($to: Date) { auditLog(to: $to) { totalCount } }", new { to = "9999-12-31" });
        Assert.Null(response["data"]);
        AssertRefusedNaming(response, "$to", "INVALID_VALUE");
        Assert.Equal("Variable '$to' is invalid. Unable to convert '9999-12-31' to 'Date'", response["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1948)]
    [InlineData(2028)]
    [InlineData(int.MaxValue)]
    public async Task AYearOutsideTheRegistrysRangeIsRefusedNamingIt(int year)
    {
        var roster = new Infrastructure.Roster(app);
        var mediator = await roster.Mediator();
        var record = await app.GraphQL($$"""query($id: ID!) { node(id: $id) { ... on Mediator { trainingRecord(year: {{year}}) { hours } } } }""", new { id = mediator });
        AssertRefusedNaming(record, "year", "OUT_OF_RANGE");
        var report = await app.GraphQL($$"""{ trainingCompliance(regionCode: "13", year: {{year}}) { mediatorCount } }""");
        AssertRefusedNaming(report, "year", "OUT_OF_RANGE");
    }

    [Theory]
    [InlineData("first: -1", "first", "OUT_OF_RANGE")]
    [InlineData("first: 101", "first", "OUT_OF_RANGE")]
    [InlineData("after: \"garbage\"", "after", "INVALID")]
    [InlineData("regionCode: \"13%\"", "regionCode", "INVALID")]
    public async Task PagingAndRegionArgumentsAreCheckedNamingThem(string arguments, string argument, string code)
    {
        var response = await app.GraphQL($$"""{ committees({{arguments}}) { totalCount } }""");
        AssertRefusedNaming(response, argument, code);
    }

    [Fact]
    public async Task FortyThousandKindsAreRefusedByTheListLimitWhetherWrittenOrSent()
    {
        var kinds = Enumerable.Repeat("VILLAGE", 40_000).ToArray();
        var literal = await app.GraphQL($$"""{ committees(kinds: [{{string.Join(",", kinds)}}]) { totalCount } }""");
        Assert.Null(literal["data"]);
        AssertRefusedNaming(literal, "kinds", "LIST_TOO_LONG");
        Assert.Contains("at most 1000 items; this one holds 40000", literal.ToJsonString());

        var sent = await app.GraphQL("query($k: [CommitteeKind!]) { committees(kinds: $k) { totalCount } }", new { k = kinds });
        Assert.Null(sent["data"]);
        AssertRefusedNaming(sent, "$k", "LIST_TOO_LONG");

        // A thousand is allowed, and the database takes it.
        var thousand = await app.Data("query($k: [CommitteeKind!]) { committees(kinds: $k) { totalCount } }", new { k = kinds[..1000] });
        Assert.Equal(0, thousand["committees"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ThirtyFiveThousandCoMediatorsAreRefusedNamingTheField()
    {
        var row = new Dictionary<string, object?>
        {
            ["externalNumber"] = "LONG-1", ["committeeId"] = "x", ["category"] = "NEIGHBOURS", ["difficulty"] = "SIMPLE",
            ["leadMediatorId"] = "y", ["receivedOn"] = "2026-01-05",
            ["coMediatorIds"] = Enumerable.Range(0, 35_000).Select(i => $"M{i}").ToArray(),
        };
        var response = await app.GraphQL("mutation($input: ImportCasesInput!) { importCases(input: $input) { created userErrors { field message } } }",
            new { input = new { sourcePlatform = "hostile", cases = new[] { row } } });
        Assert.Null(response["data"]);
        AssertRefusedNaming(response, "coMediatorIds", "LIST_TOO_LONG");
        Assert.Equal(0, app.WithDb(db => db.Cases.Count()));
    }

    [Fact]
    public async Task ManyRowsEachWithManyCoMediatorsReachTheDatabaseAsOneArray()
    {
        // 40 rows × 1,000 distinct unknown co-mediators = 40,000 ID numbers looked up: past SQLite's 32,766 parameters
        // if sent one by one. Each is refused as unknown, by row, and nothing is written.
        var rows = Enumerable.Range(0, 40).Select(r => new Dictionary<string, object?>
        {
            ["externalNumber"] = $"WIDE-{r}", ["committeeId"] = "Q29tbWl0dGVlOjE", ["category"] = "NEIGHBOURS", ["difficulty"] = "SIMPLE",
            ["leadMediatorId"] = "TWVkaWF0b3I6MQ", ["receivedOn"] = "2026-01-05",
            ["coMediatorIds"] = Enumerable.Range(0, 1000).Select(i => Domain.Mediators.ResidentIdNumber.Compose("110101", new DateOnly(1970, 1, 1).AddDays(r * 100 + i % 100), i / 100 + r % 5 * 10, Domain.Mediators.Gender.Male)).ToArray(),
        }).ToArray();
        var data = await app.Data("mutation($input: ImportCasesInput!) { importCases(input: $input) { created userErrors { field code } } }",
            new { input = new { sourcePlatform = "wide", cases = rows } });
        Assert.Null(data["importCases"]!["created"]?.GetValue<int?>() is > 0 ? data : null);
        Assert.NotEmpty(data["importCases"]!["userErrors"]!.AsArray());
        Assert.Equal(0, app.WithDb(db => db.Cases.Count(c => c.SourcePlatform == "wide")));
    }

    [Theory]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    [InlineData("""{"query":"{ __typename }","variables":[1,2]}""")]
    [InlineData("""{"query":{"nested":true}}""")]
    [InlineData("""{"query":"{ __typename }","extensions":"x"}""")]
    [InlineData("""{"query":"{ __typename }""")]
    public async Task ABodyThatIsNoGraphQLRequestIs400WithoutTypeNames(string body)
    {
        using var client = app.Anonymous.Client();
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a GraphQL request", text);
        AssertNoInternals(text);
    }
}

public sealed class SqliteHostileArguments(SqliteApp app) : HostileArguments(app), IClassFixture<SqliteApp>;

public sealed class PostgresHostileArguments(PostgresApp app) : HostileArguments(app), IClassFixture<PostgresApp>;
