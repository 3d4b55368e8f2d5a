using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Domain.Access;
using Registry.Domain.Regions;

namespace Registry.Api.Regions;

/// <summary>Checks the region codes clients pass: well-formed and known, or an error naming the argument.</summary>
public static class RegionLookup
{
    /// <summary>
    /// For query arguments of the public directory; null and empty pass through as "everywhere". The answer does not
    /// depend on who asks.
    /// </summary>
    public static async Task<string?> RegionArgumentAsync(this IResolveFieldContext context, string argument = "regionCode", bool required = false,
        bool nation = false)
    {
        var code = context.GetArgument<string?>(argument)?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            if (required) throw new InputError(argument, ErrorCodes.Required, $"{argument} is required.");
            return null;
        }
        // Regions are never deleted: a code found once (KnownJurisdictions remembers it) is not looked up again.
        if (RegionCode.IsWellFormed(code) && await context.Service<KnownJurisdictions>().IsKnownAsync(code, context.Db(), context.CancellationToken))
            return code;
        try
        {
            if (nation) await context.Db().RequireReportScopeAsync(code, argument, context.CancellationToken);
            else await context.Db().RequireRegionAsync(code, argument, context.CancellationToken);
        }
        catch (DomainException e)
        {
            throw InputError.From(e);
        }
        return code;
    }

    /// <summary>
    /// For reports and non-public lists: the region checked as above, then by <see cref="ReportAccess.ReportRegion"/> —
    /// refused outside the caller's jurisdiction, never narrowed; omitted means the caller's whole jurisdiction.
    /// <see cref="RegionCode.Nation"/> ("CN") asks for the whole country, which only a nationwide caller may read.
    /// </summary>
    public static async Task<string?> ReportRegionArgumentAsync(this IResolveFieldContext context, bool required = false,
        Permission permission = Permission.ReadReports, string argument = "regionCode") =>
        context.Caller().ReportRegion(await context.RegionArgumentAsync(argument, required, nation: true), permission, argument);

    /// <summary>For exports: a region as <see cref="RequireRegionAsync"/> checks it, or <see cref="RegionCode.Nation"/> for the country.</summary>
    public static async Task RequireReportScopeAsync(this RegistryDbContext db, string? code, string field, CancellationToken ct)
    {
        if (code != RegionCode.Nation) await db.RequireRegionAsync(code, field, ct);
    }

    /// <summary>For mutation inputs: a <see cref="DomainException"/> that becomes a user error.</summary>
    public static async Task<Region> RequireRegionAsync(this RegistryDbContext db, string? code, string field, CancellationToken ct)
    {
        if (!RegionCode.IsWellFormed(code))
            throw new DomainException(field, ErrorCodes.Invalid, $"'{code}' is not a region code: it must have 2, 4, 6, 9 or 12 digits.");
        return await db.Regions.FindAsync([code], ct)
               ?? throw new DomainException(field, ErrorCodes.NotFound, $"There is no region with code '{code}'.");
    }
}
