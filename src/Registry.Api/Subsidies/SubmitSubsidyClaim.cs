using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>Submits a DRAFT claim for approval; the submitter is recorded, and may not approve it.</summary>
public sealed class SubmitSubsidyClaim(TimeProvider clock) : IUseCase<ClaimInput, SubsidyClaim>
{
    public Permission Permission => Permission.PrepareSubsidyClaims;

    public async Task<SubsidyClaim> HandleAsync(ClaimInput input, UseCaseContext context, CancellationToken ct)
    {
        var claim = await context.FindClaimAsync(input.ClaimId, ct);
        claim.Submit(context.Who(), context.Caller.RoleName, clock.GetUtcNow().UtcDateTime);
        return claim;
    }
}
