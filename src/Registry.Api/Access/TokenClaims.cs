using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>
/// Checks every claim the registry acts on, once the signature, issuer, audience and lifetime have passed: exactly one
/// <c>role</c>, spelled as one of the role names; exactly one <c>jurisdiction</c>, a known region code or <c>CN</c>.
/// Anything else fails authentication (401) with a message naming the claim, never a caller with odd powers.
/// </summary>
public static class TokenClaims
{
    public static async Task CheckAsync(TokenValidatedContext context)
    {
        if (await ProblemAsync(context.Principal, context.HttpContext) is { } problem)
            context.Fail(new TokenClaimException(problem));
    }

    private static async Task<string?> ProblemAsync(ClaimsPrincipal? principal, HttpContext http)
    {
        var roles = principal?.FindAll(Caller.RoleClaim).Select(c => c.Value).ToList() ?? [];
        if (roles.Count != 1)
            return $"The token's role claim must hold exactly one role ({string.Join(", ", RoleNames.All)}); it holds {roles.Count}.";
        if (RoleNames.ParseExact(roles[0]) is null)
            return $"The token's role claim '{Shown(roles[0])}' is not a role: use one of {string.Join(", ", RoleNames.All)}.";
        var jurisdictions = principal!.FindAll(Caller.JurisdictionClaim).Select(c => c.Value).ToList();
        if (jurisdictions.Count != 1)
            return $"The token's jurisdiction claim must hold exactly one region code (or {AccessRules.Nationwide}); it holds {jurisdictions.Count}.";
        var db = http.RequestServices.GetRequiredService<RegistryDbContext>();
        if (!await http.RequestServices.GetRequiredService<KnownJurisdictions>().IsKnownAsync(jurisdictions[0], db, http.RequestAborted))
            return $"The token's jurisdiction claim '{Shown(jurisdictions[0])}' is not a known region code (nor {AccessRules.Nationwide}).";
        return null;
    }

    /// <summary>A claim value quoted back, cut short so a huge claim does not become a huge answer.</summary>
    private static string Shown(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
