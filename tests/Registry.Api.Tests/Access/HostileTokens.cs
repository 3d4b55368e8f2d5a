using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Registry.Api.Access;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;

namespace Registry.Api.Tests.Access;

/// <summary>
/// Correctly signed tokens whose claims make no sense are refused (401, naming the claim), never served with odd powers:
/// a jurisdiction of "" or "1" would otherwise cover every code starting with it.
/// </summary>
public abstract class HostileTokens(RegistryApp app)
{
    private const string CreatePool = """mutation { createExpertPool(input: {name: "越权专家库", regionCode: "1301", establishedOn: "2020-01-01"}) { userErrors { message } } }""";

    /// <summary>A token signed with the test host's key, carrying exactly the claims given.</summary>
    private string Signed(IDictionary<string, object> claims)
    {
        var options = app.Services.GetRequiredService<AuthOptions>();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "probe")]),
            Claims = claims,
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(TokenIssuer.KeyOf(options), SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<(HttpStatusCode Status, string Body)> Try(IDictionary<string, object> claims)
    {
        var response = await new ApiSession(app, Signed(claims)).Post(CreatePool);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("99")]          // well formed, but no province 99
    [InlineData("130199999")]   // well formed, no such township
    [InlineData("cn")]
    [InlineData(" 13")]
    public async Task AJurisdictionThatIsNoKnownRegionIs401NamingTheClaim(string jurisdiction)
    {
        var (status, body) = await Try(new Dictionary<string, object> { ["role"] = "BUREAU_ADMIN", ["jurisdiction"] = jurisdiction });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("jurisdiction claim", body);
        Assert.Equal(0, app.WithDb(db => db.ExpertPools.Count(p => p.Name == "越权专家库")));
    }

    [Fact]
    public async Task TwoJurisdictionsAre401()
    {
        var (status, body) = await Try(new Dictionary<string, object> { ["role"] = "BUREAU_ADMIN", ["jurisdiction"] = new[] { "13", "41" } });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("exactly one region code", body);
    }

    [Theory]
    [InlineData("bureau_admin")]
    [InlineData("BUREAU_ADMIN ")]
    [InlineData("KING")]
    [InlineData("")]
    public async Task ARoleThatIsNotExactlyARoleNameIs401NamingTheClaim(string role)
    {
        var (status, body) = await Try(new Dictionary<string, object> { ["role"] = role, ["jurisdiction"] = "13" });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("role claim", body);
    }

    [Fact]
    public async Task TwoRolesOrNoneAre401()
    {
        var (status, body) = await Try(new Dictionary<string, object> { ["role"] = new[] { "VIEWER", "BUREAU_ADMIN" }, ["jurisdiction"] = "13" });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("exactly one role", body);
        (status, _) = await Try(new Dictionary<string, object> { ["jurisdiction"] = "13" });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task AnUploadWithSuchATokenIsRefusedToo()
    {
        using var client = new ApiSession(app, Signed(new Dictionary<string, object> { ["role"] = "FINANCE_CLERK", ["jurisdiction"] = "" })).Client();
        var response = await client.PostAsync("/imports/cases?sourcePlatform=x", new StringContent("externalNumber\n", System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQlVSRUFVX0FETUlOIn0.")]
    public async Task AMalformedTokenIs401WithoutTypeNames(string token)
    {
        var response = await new ApiSession(app, token).Post(CreatePool);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("bearer token", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("SecurityToken", body);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("130102")]
    [InlineData("CN")]
    public async Task AKnownRegionOrCNIsAccepted(string jurisdiction)
    {
        var (status, body) = await Try(new Dictionary<string, object> { ["role"] = "VIEWER", ["jurisdiction"] = jurisdiction });
        // Signed in as the token says: a viewer, refused the write by role (400, a validation error), not by the token.
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("FORBIDDEN", body);
    }
}

public sealed class SqliteHostileTokens(SqliteApp app) : HostileTokens(app), IClassFixture<SqliteApp>;

public sealed class PostgresHostileTokens(PostgresApp app) : HostileTokens(app), IClassFixture<PostgresApp>;
