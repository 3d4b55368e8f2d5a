using System.Security.Claims;
using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>Who is asking: anonymous (the public directory), or a signed-in role acting inside a jurisdiction.</summary>
public sealed record Caller(string? Subject, Role? Role, string? Jurisdiction)
{
    public const string JurisdictionClaim = "jurisdiction";
    public const string RoleClaim = "role";

    public static readonly Caller Anonymous = new(null, null, null);

    public bool IsSignedIn => Role is not null && Jurisdiction is not null;

    public bool Can(Permission permission) => Role is { } role && AccessRules.Allows(role, permission);

    public bool Covers(string regionCode) => Jurisdiction is { } j && AccessRules.Covers(j, regionCode);

    public string RoleName => Role is { } r ? RoleNames.Of(r) : "ANONYMOUS";

    public static Caller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return Anonymous;
        // TokenClaims refused a token with anything else; this is the second lock on the same door.
        var role = RoleNames.ParseExact(user.FindFirst(RoleClaim)?.Value);
        var jurisdiction = user.FindFirst(JurisdictionClaim)?.Value;
        var subject = user.FindFirst("sub")?.Value ?? user.Identity.Name ?? "unknown";
        return role is null || !AccessRules.IsJurisdiction(jurisdiction) ? Anonymous : new Caller(subject, role, jurisdiction);
    }
}
