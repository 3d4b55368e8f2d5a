using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;

namespace Registry.Api.Tests.Browser;

/// <summary>
/// What a browser and a client each get: the console at /, GraphiQL at GET /graphql only when HTML is preferred (JSON
/// clients unchanged), and the development sign-in only on the embedded SQLite default.
/// </summary>
public abstract class BrowserPagesServed(RegistryApp app)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task TheConsoleIsAtTheRoot()
    {
        using var client = app.Client();
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/assets/console.js", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ABrowserAskingForGraphQLGetsGraphiQLAndAJsonClientGetsJson()
    {
        using var browser = app.Client();
        browser.DefaultRequestHeaders.Accept.ParseAdd(BrowserAccept);
        using var page = await browser.GetAsync("/graphql");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/assets/graphiql.js", await page.Content.ReadAsStringAsync());

        using var json = app.Client("application/json");
        using var answer = await json.GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Equal("application/json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Query", JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());

        using var both = app.Client("text/html;q=0.5");
        both.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        using var preferred = await both.GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Equal("application/json", preferred.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TheDevelopmentSignInIsOnlyOnTheEmbeddedDefault()
    {
        using var client = app.Client();
        using var options = await client.GetAsync("/dev/sign-in");
        using var signIn = await client.PostAsJsonAsync("/dev/sign-in", new { role = "BUREAU_ADMIN", jurisdiction = "419001" });
        if (app.Provider == DatabaseProvider.Postgres)
        {
            Assert.Equal(HttpStatusCode.NotFound, options.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = (await signIn.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var asBureau = app.Client("application/json");
        asBureau.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var report = await asBureau.PostAsJsonAsync("/graphql", new { query = "{ staffingCompliance(regionCode: \"419001\") { regionCode } }" });
        Assert.Equal("419001", JsonNode.Parse(await report.Content.ReadAsStringAsync())!["data"]!["staffingCompliance"]!["regionCode"]!.GetValue<string>());

        using var badRole = await client.PostAsJsonAsync("/dev/sign-in", new { role = "ROOT", jurisdiction = "419001" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
    }
}

public sealed class SqliteBrowserPagesServed(SqliteApp app) : BrowserPagesServed(app), IClassFixture<SqliteApp>;

public sealed class PostgresBrowserPagesServed(PostgresApp app) : BrowserPagesServed(app), IClassFixture<PostgresApp>;
