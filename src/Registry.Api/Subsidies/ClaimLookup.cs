using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public static class ClaimLookup
{
    /// <summary>The claim with its history, inside the caller's jurisdiction.</summary>
    public static async Task<SubsidyClaim> FindClaimAsync(this UseCaseContext context, string? id, CancellationToken ct)
    {
        var key = GlobalId.DecodeKey(id, "SubsidyClaim", "claimId");
        var claim = await context.Db.SubsidyClaims.SingleOrDefaultAsync(c => c.Id == key, ct)
            ?? throw new DomainException("claimId", ErrorCodes.NotFound, $"No SubsidyClaim has the ID '{id}'.");
        context.RequireCovers(claim.RegionCode, "claimId");
        return claim;
    }

    /// <summary>Who is acting, as a claim's history records them: the token's subject.</summary>
    public static string Who(this UseCaseContext context) =>
        context.Caller.Subject ?? throw new DomainException("input", ErrorCodes.Unauthenticated, "Your token names no subject, so the claim's history could not record who acted.");
}
