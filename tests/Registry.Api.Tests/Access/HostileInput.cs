using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Api.Access;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>Abusive requests get a clear error, and the server goes on serving.</summary>
public sealed class HostileInput(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task StillServes()
    {
        var data = await app.Anonymous.Data("""{ region(code: "13") { name } }""");
        Assert.Equal("河北省", data["region"]!["name"]!.GetValue<string>());
    }

    private static string Code(JsonObject response) => response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task DeeplyNestedQueryIsRefused()
    {
        var deep = "{ region(code: \"130102001\") { " + string.Concat(Enumerable.Repeat("parent { ", 30)) + "name" + new string('}', 31) + " }";
        var response = await app.GraphQL(deep);
        Assert.Null(response["data"]);
        Assert.Contains("depth", response["errors"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        await StillServes();
    }

    [Fact]
    public async Task HugeFirstIsRefusedNamingFirst()
    {
        var response = await app.GraphQL("{ committees(first: 100000) { totalCount } }");
        Assert.Contains(response["errors"]!.AsArray(), e => e!["message"]!.GetValue<string>().Contains("first"));
        await StillServes();
    }

    [Fact]
    public async Task CostIsReportedAndAnExpensiveQueryIsRefused()
    {
        var cheap = await app.GraphQL("{ committees(first: 10) { nodes { name } } }");
        var dearer = await app.GraphQL("{ committees(first: 100) { nodes { name } } }");
        var cheapCost = cheap["extensions"]!["cost"]!["complexity"]!.GetValue<double>();
        Assert.True(cheapCost > 0);
        Assert.True(dearer["extensions"]!["cost"]!["complexity"]!.GetValue<double>() > 5 * cheapCost, "lists are priced by first");
        var expensive = await app.GraphQL("""
            { a: committees(first: 100) { nodes { appointments { mediator { appointments { committee { appointments { mediator { name } } } } } } } } }
            """);
        Assert.Null(expensive["data"]);
        Assert.Contains("complexity", expensive["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        await StillServes();
    }

    [Fact]
    public async Task TenMegabyteBodyIs413()
    {
        using var client = app.Anonymous.Client();
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 10 * 1024 * 1024) + "\"}}";
        var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await StillServes();
    }

    [Fact]
    public async Task ExpiredTokenIs401WithAClearMessage()
    {
        var expired = app.Token(Role.BureauAdmin, "13", lifetime: TimeSpan.FromHours(1), issuedAt: DateTimeOffset.UtcNow.AddHours(-2));
        var response = await new ApiSession(app, expired).Post("{ committees { totalCount } }");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(body.Contains("expired"), body);
        await StillServes();
    }

    [Fact]
    public async Task WronglySignedTokenIs401()
    {
        var foreign = new TokenIssuer(new AuthOptions { SigningKey = "another-registry-entirely-another-key-0123456789" }, TimeProvider.System)
            .Issue("intruder", Role.BureauAdmin, "CN");
        var response = await new ApiSession(app, foreign).Post("""mutation { createExpertPool(input: {name: "x", regionCode: "1301", establishedOn: "2020-01-01"}) { userErrors { message } } }""");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, app.WithDb(db => db.ExpertPools.Count()));
    }

    [Fact]
    public async Task WritesWithoutATokenAreRefused()
    {
        var response = await app.Anonymous.GraphQL("""mutation { createExpertPool(input: {name: "x", regionCode: "1301", establishedOn: "2020-01-01"}) { userErrors { message } } }""");
        Assert.Equal("UNAUTHENTICATED", Code(response));
        Assert.Equal(0, app.WithDb(db => db.ExpertPools.Count()));
    }

    [Theory]
    [InlineData("'; DROP TABLE committees; --")]
    [InlineData("%' OR '1'='1")]
    [InlineData("\\\"}]){ __typename")]
    public async Task SqlLikeSearchStringsAreJustText(string search)
    {
        await new Infrastructure.Roster(app).Committee("130102", "COMMUNITY", name: "注入测试社区人民调解委员会");
        var data = await app.Data("query($s: String) { committees(search: $s) { totalCount } }", new { s = search });
        Assert.Equal(0, data["committees"]!["totalCount"]!.GetValue<int>());
        Assert.True(app.WithDb(db => db.Committees.Any()));
        await StillServes();
    }

    [Fact]
    public async Task InvalidUtf8BodyIs400()
    {
        using var client = app.Anonymous.Client();
        var bytes = Encoding.UTF8.GetBytes("{\"query\":\"{ committees(search: \\\"").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\\\") { totalCount } }\"}")).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        var response = await client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await StillServes();
    }

    [Fact]
    public async Task AThousandAliasesAreRefused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: region(code: \"13\") {{ name }}")) + " }";
        var response = await app.GraphQL(query);
        Assert.Null(response["data"]);
        Assert.Equal("TOO_MANY_FIELDS", Code(response));
        await StillServes();
    }

    [Fact]
    public async Task TheTokenCommandPrintsATokenTheServiceAccepts()
    {
        var output = new StringWriter();
        var exit = TokenCommand.Run(["token", "--role", "VIEWER", "--region", "419001"], app.Services.GetRequiredService<IConfiguration>(), output, TextWriter.Null);
        Assert.Equal(0, exit);
        var data = await new ApiSession(app, output.ToString().Trim()).Data("{ committees { totalCount } }");
        Assert.NotNull(data["committees"]);
        Assert.Equal(2, TokenCommand.Run(["token", "--role", "KING", "--region", "13"], app.Services.GetRequiredService<IConfiguration>(), TextWriter.Null, TextWriter.Null));
    }
}

/// <summary>A request still running when the execution timeout passes is stopped with a clear error.</summary>
public sealed class ExecutionTimeout(ExecutionTimeout.ImpatientApp app) : IClassFixture<ExecutionTimeout.ImpatientApp>
{
    public sealed class ImpatientApp() : RegistryApp(Registry.Data.DatabaseProvider.Sqlite)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Limits:ExecutionTimeoutSeconds", "0");
        }
    }

    [Fact]
    public async Task ARequestOverTheTimeLimitIs503WithCodeTimeout()
    {
        var response = await app.Admin.Post("{ committees { totalCount } }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TIMEOUT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
