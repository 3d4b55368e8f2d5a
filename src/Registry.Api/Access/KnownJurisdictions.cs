using System.Collections.Concurrent;
using Registry.Domain.Access;
using Registry.Domain.Regions;

namespace Registry.Api.Access;

/// <summary>
/// Whether a token's jurisdiction names a region the registry knows (a row of <c>regions</c>) or is <c>CN</c>. A signed
/// token with <c>""</c> or <c>"1"</c> would otherwise cover every code that starts with it. Known codes are remembered
/// (up to <see cref="MaxRemembered"/>; regions are never deleted), so a signed-in request costs one look-up per new
/// jurisdiction, not one per request. Unknown ones are not: the regions may still be loading at start-up. Region
/// arguments of queries are checked through it too (RegionLookup), so a page of one region costs no look-up of it.
/// </summary>
public sealed class KnownJurisdictions
{
    public const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsKnownAsync(string code, RegistryDbContext db, CancellationToken ct)
    {
        if (code == AccessRules.Nationwide) return true;
        if (!RegionCode.IsWellFormed(code)) return false;
        if (known.ContainsKey(code)) return true;
        if (!await db.Regions.AnyAsync(r => r.Code == code, ct)) return false;
        if (known.Count >= MaxRemembered) known.Clear();
        known[code] = true;
        return true;
    }
}
