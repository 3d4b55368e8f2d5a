using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Domain.Access;

namespace Registry.Api.Mediators;

/// <summary>
/// The registering region of a new mediator: the one named in <c>registeringRegionCode</c>, which must lie inside the
/// caller's jurisdiction, or else the caller's jurisdiction itself. Ministry staff (CN) who name none register the
/// mediator nationwide (null): until appointed, only CN staff cover them.
/// </summary>
public static class RegisteringRegion
{
    public const string Field = "registeringRegionCode";

    public static async Task<string?> ResolveAsync(RegistryDbContext db, Caller caller, string? code, CancellationToken ct)
    {
        code = code?.Trim();
        if (string.IsNullOrEmpty(code)) return caller.Jurisdiction == AccessRules.Nationwide ? null : caller.Jurisdiction;
        await db.RequireRegionAsync(code, Field, ct);
        caller.RequireCovers(code, Field);
        return code;
    }
}
