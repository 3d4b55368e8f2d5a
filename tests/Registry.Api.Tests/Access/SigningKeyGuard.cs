using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Api.Access;

namespace Registry.Api.Tests.Access;

/// <summary>The shipped development key signs tokens for the embedded default, never for a PostgreSQL installation.</summary>
public sealed class SigningKeyGuard
{
    private static void Register(params (string Key, string Value)[] settings) =>
        new ServiceCollection().AddRegistryAuth(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void TheEmbeddedDefaultStartsWithTheDevelopmentKey() => Register(("Database:Provider", "Sqlite"));

    [Fact]
    public void PostgresRefusesTheDevelopmentKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(("Database:Provider", "Postgres")));
        Assert.Contains("Auth:SigningKey", error.Message);
    }

    [Fact]
    public void PostgresStartsWithItsOwnKeyOrAnExplicitOptIn()
    {
        Register(("Database:Provider", "Postgres"), ("Auth:SigningKey", "a-production-key-of-at-least-32-characters!"));
        Register(("Database:Provider", "Postgres"), ("Auth:AllowDevelopmentKey", "true"));
    }

    [Fact]
    public void AShortKeyIsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Register(("Auth:SigningKey", "too-short")));
}
