using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>Signs bearer tokens with the configured key: a subject, a role and a jurisdiction (region code).</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider clock)
{
    public static SymmetricSecurityKey KeyOf(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public string Issue(string subject, Role role, string jurisdiction, TimeSpan? lifetime = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", subject),
                new Claim(Caller.RoleClaim, RoleNames.Of(role)),
                new Claim(Caller.JurisdictionClaim, jurisdiction),
            ]),
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.TokenLifetime),
            SigningCredentials = new SigningCredentials(KeyOf(options), SecurityAlgorithms.HmacSha256),
        });
    }
}
