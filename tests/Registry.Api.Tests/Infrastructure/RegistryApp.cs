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

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// The real service on a real database, reached through its HTTP endpoint. Each instance owns a fresh database:
/// a SQLite file in a temp folder, or a new database on the test PostgreSQL server. Today is fixed at 2026-11-22.
/// </summary>
public abstract class RegistryApp : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 22);
    public const string PartyHashKey = "test-party-hash-key-0123456789";

    private readonly Lazy<string> connectionString;

    protected RegistryApp(DatabaseProvider provider, bool demo = false)
    {
        Provider = provider;
        Demo = demo;
        connectionString = new Lazy<string>(() => provider == DatabaseProvider.Postgres
            ? PostgresServer.Instance.CreateDatabaseAsync("registry_test").GetAwaiter().GetResult()
            : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("registry-test-").FullName, "registry.db")}");
    }

    public DatabaseProvider Provider { get; }
    public bool Demo { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Registry", connectionString.Value);
        builder.UseSetting("Seed:Demo", Demo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Cases:PartyHashKey", PartyHashKey);
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

    /// <summary>POSTs a GraphQL request and returns the whole JSON response; fails on a non-2xx status.</summary>
    public async Task<JsonObject> GraphQL(string query, object? variables = null)
    {
        using var client = CreateClient();
        var body = JsonSerializer.Serialize(new { query, variables });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode && (int)response.StatusCode != 400)
            throw new HttpRequestException($"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Like <see cref="GraphQL"/>, but fails the test when the response carries errors; returns <c>data</c>.</summary>
    public async Task<JsonObject> Data(string query, object? variables = null)
    {
        var response = await GraphQL(query, variables);
        Assert.True(response["errors"] is null, $"Unexpected errors: {response["errors"]?.ToJsonString()}");
        return response["data"]!.AsObject();
    }

    public HttpClient Client(string? accept = null)
    {
        var client = CreateClient();
        if (accept is not null) client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return client;
    }
}

public sealed class SqliteApp() : RegistryApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : RegistryApp(DatabaseProvider.Postgres);

public sealed class SqliteDemoApp() : RegistryApp(DatabaseProvider.Sqlite, demo: true);

public sealed class PostgresDemoApp() : RegistryApp(DatabaseProvider.Postgres, demo: true);
