using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>
/// Approves a SUBMITTED claim — never by the person who submitted it (SAME_PERSON). Two approvals at once: the claim's
/// version makes the second update match no row, so it is refused (CONFLICT) and the claim is approved once.
/// </summary>
public sealed class ApproveSubsidyClaim(TimeProvider clock) : IUseCase<ClaimInput, SubsidyClaim>
{
    public Permission Permission => Permission.ApproveSubsidyClaims;

    public async Task<SubsidyClaim> HandleAsync(ClaimInput input, UseCaseContext context, CancellationToken ct)
    {
        var claim = await context.FindClaimAsync(input.ClaimId, ct);
        claim.Approve(context.Who(), context.Caller.RoleName, clock.GetUtcNow().UtcDateTime);
        return claim;
    }
}
