using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Grading;

/// <summary>
/// The bureau a grading write acts for: the region given, or else the caller's own jurisdiction. It must exist and lie
/// inside the caller's jurisdiction (a nationwide caller names one).
/// </summary>
public static class GradingRegion
{
    public static async Task<string> ResolveAsync(UseCaseContext context, string? given, string field, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(given) ? context.Caller.Jurisdiction : given.Trim();
        if (code is null or AccessRules.Nationwide)
            throw new DomainException(field, ErrorCodes.Required, $"{field} is required: name the bureau's region acting here.");
        await context.Db.RequireRegionAsync(code, field, ct);
        context.RequireCovers(code, field);
        return code;
    }
}
