using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>Rejects a DRAFT or SUBMITTED claim with a reason; its cases are free to be claimed again.</summary>
public sealed class RejectSubsidyClaim(TimeProvider clock) : IUseCase<RejectClaimInput, SubsidyClaim>
{
    public Permission Permission => Permission.ApproveSubsidyClaims;

    public async Task<SubsidyClaim> HandleAsync(RejectClaimInput input, UseCaseContext context, CancellationToken ct)
    {
        var claim = await context.FindClaimAsync(input.ClaimId, ct);
        claim.Reject(context.Who(), context.Caller.RoleName, input.Reason, clock.GetUtcNow().UtcDateTime);
        await context.Db.SubsidyClaimCases.Where(c => c.ClaimId == claim.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LiveCaseId, (long?)null), ct);
        return claim;
    }
}
