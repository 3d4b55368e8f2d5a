using System.Net;
using System.Text;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Http;

/// <summary>The /graphql endpoint follows the GraphQL-over-HTTP spec.</summary>
public sealed class GraphQLOverHttp(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task QueryByGetIsAnswered()
    {
        using var client = app.Client();
        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("""{ region(code: "13") { name } }"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("河北省", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MutationByGetIsMethodNotAllowed()
    {
        using var client = app.Client();
        var query = """mutation { createExpertPool(input: {name: "x", regionCode: "1301", establishedOn: "2020-01-01"}) { userErrors { message } } }""";
        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(h => string.Join(",", h.Value))));
        Assert.Equal(0, app.WithDb(db => db.ExpertPools.Count(p => p.Name == "x")));
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task AnswersInTheMediaTypeAccepted(string accept)
    {
        using var client = app.Client(accept);
        var response = await client.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ValidationErrorIs400ForGraphQLResponseJsonAnd200ForJson()
    {
        using var modern = app.Client("application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, (await modern.PostAsync("/graphql", Json("""{"query":"{ noSuchField }"}"""))).StatusCode);
        using var legacy = app.Client("application/json");
        Assert.Equal(HttpStatusCode.OK, (await legacy.PostAsync("/graphql", Json("""{"query":"{ noSuchField }"}"""))).StatusCode);
    }

    [Fact]
    public async Task MalformedJsonIs400()
    {
        using var client = app.Client();
        var response = await client.PostAsync("/graphql", Json("""{"query": """));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnacceptableMediaTypeIs406()
    {
        using var client = app.Client("text/html");
        var response = await client.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task QueriesDeeperThanTheLimitAreRefused()
    {
        var deep = "{ region(code: \"13\") { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "code" + new string('}', 21) + " }";
        var response = await app.GraphQL(deep);
        Assert.NotNull(response["errors"]);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AQueryThatRanBeforeIsStillCheckedAgainstTheCallerAndTheVariables()
    {
        const string query = "query($first: Int) { auditLog(first: $first) { totalCount } }";
        await app.Data(query, new { first = 1 }); // validated in full, ran, and remembered as valid

        var anonymous = await app.Anonymous.GraphQL(query, new { first = 1 });
        Assert.Equal("UNAUTHENTICATED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(anonymous["data"]);
        var badVariable = await app.GraphQL(query, new { first = "many" });
        Assert.NotNull(badVariable["errors"]);
        Assert.Null(badVariable["data"]);
    }

    [Fact]
    public async Task HealthEndpointsAnswer()
    {
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
