using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Data;
using Registry.Data.Diagnostics;
using Registry.Api.Access;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// The real service on a real database, reached through its HTTP endpoint. Each instance owns a fresh database:
/// a SQLite file in a temp folder, or a new database on the test PostgreSQL server. Today is fixed at 2026-11-22.
/// </summary>
public abstract class RegistryApp : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>The test host's own signing key (the shipped development key is refused on PostgreSQL).</summary>
    public const string SigningKey = "registry-tests-signing-key-0123456789abcdef";
    public const string PartyHashKey = "test-party-hash-key-0123456789";

    private readonly Lazy<string> connectionString;
    private readonly IReadOnlyDictionary<string, string> settings = new Dictionary<string, string>();

    protected RegistryApp(DatabaseProvider provider, bool demo = false)
    {
        Provider = provider;
        Demo = demo;
        connectionString = new Lazy<string>(() => provider == DatabaseProvider.Postgres
            ? PostgresServer.Instance.CreateDatabaseAsync("registry_test").GetAwaiter().GetResult()
            : $"Data Source={Path.Combine((sqliteDirectory = Directory.CreateTempSubdirectory("registry-test-").FullName), "registry.db")}");
    }

    /// <summary>The SQLite database's own temporary directory, removed with the app (a test run made about a hundred, 28 MB each).</summary>
    private string? sqliteDirectory;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || sqliteDirectory is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(sqliteDirectory, recursive: true); }
        catch (IOException) { } // still open elsewhere: left for the system's temporary-file cleanup
    }

    /// <summary>On a database of the test's own (a replicated cluster, say), with extra settings.</summary>
    protected RegistryApp(string postgresConnectionString, IReadOnlyDictionary<string, string> settings)
    {
        Provider = DatabaseProvider.Postgres;
        connectionString = new Lazy<string>(() => postgresConnectionString);
        this.settings = settings;
    }

    public DatabaseProvider Provider { get; }
    public bool Demo { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Registry", connectionString.Value);
        builder.UseSetting("Seed:Demo", Demo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Cases:PartyHashKey", PartyHashKey);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero))));
    }

    public long SqlCommands => Services.GetRequiredService<SqlCommandCounter>().Count;

    /// <summary>A scope with the service's own DbContext, to look at what a request really stored.</summary>
    public T WithDb<T>(Func<RegistryDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
    }

    /// <summary>Like <see cref="WithDb{T}"/>, for work that awaits (the scope lives until it is done).</summary>
    public async Task WithDbAsync(Func<RegistryDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
    }

    /// <summary>Signs a token for the test host's own key.</summary>
    /// Tokens are checked against the real clock, so they are issued by it too (not by the fixed test "today").
    public string Token(Role role, string jurisdiction, TimeSpan? lifetime = null, string subject = "test-user", DateTimeOffset? issuedAt = null) =>
        new TokenIssuer(Services.GetRequiredService<AuthOptions>(),
                issuedAt is { } at ? new FakeTimeProvider(at) : TimeProvider.System)
            .Issue(subject, role, jurisdiction, lifetime);

    /// <summary>Requests as a role acting in a jurisdiction (a region code, or CN for nationwide).</summary>
    public ApiSession As(Role role, string jurisdiction) => new(this, Token(role, jurisdiction));

    /// <summary>Requests without a token: the public directory.</summary>
    public ApiSession Anonymous => new(this, null);

    /// <summary>Requests as a nationwide bureau admin, who may do everything everywhere.</summary>
    public ApiSession Admin => adminSession ??= As(Role.BureauAdmin, AccessRules.Nationwide);
    private ApiSession? adminSession;

    /// <summary>POSTs a GraphQL request as <see cref="Admin"/> and returns the whole JSON response.</summary>
    public Task<JsonObject> GraphQL(string query, object? variables = null) => Admin.GraphQL(query, variables);

    /// <summary>Like <see cref="GraphQL"/>, but fails the test when the response carries errors; returns <c>data</c>.</summary>
    public Task<JsonObject> Data(string query, object? variables = null) => Admin.Data(query, variables);

    public HttpClient Client(string? accept = null)
    {
        var client = CreateClient();
        if (accept is not null) client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return client;
    }
}

/// <summary>A caller of the API: a bearer token, or none.</summary>
public sealed class ApiSession(RegistryApp app, string? token)
{
    public string? Token => token;

    public HttpClient Client(string? accept = null)
    {
        var client = app.Client(accept);
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpResponseMessage> Post(string query, object? variables = null)
    {
        using var client = Client();
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        return await client.PostAsync("/graphql", content);
    }

    /// <summary>The whole JSON response (status 200 or 400); any other status fails.</summary>
    public async Task<JsonObject> GraphQL(string query, object? variables = null)
    {
        using var response = await Post(query, variables);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode && (int)response.StatusCode != 400)
            throw new HttpRequestException($"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary><c>data</c>, failing the test when the response carries errors.</summary>
    public async Task<JsonObject> Data(string query, object? variables = null)
    {
        var response = await GraphQL(query, variables);
        Assert.True(response["errors"] is null, $"Unexpected errors: {response["errors"]?.ToJsonString()}");
        return response["data"]!.AsObject();
    }
}

public sealed class SqliteApp() : RegistryApp(DatabaseProvider.Sqlite);

/// <summary>The service on a PostgreSQL database the test made itself, with settings of its own.</summary>
public sealed class ConfiguredPostgresApp(string connectionString, IReadOnlyDictionary<string, string> settings)
    : RegistryApp(connectionString, settings);

public sealed class PostgresApp() : RegistryApp(DatabaseProvider.Postgres);

public sealed class SqliteDemoApp() : RegistryApp(DatabaseProvider.Sqlite, demo: true);

public sealed class PostgresDemoApp() : RegistryApp(DatabaseProvider.Postgres, demo: true);
