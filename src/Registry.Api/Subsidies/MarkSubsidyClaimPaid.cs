using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>Records that an APPROVED claim was paid: the day and the payment's reference.</summary>
public sealed class MarkSubsidyClaimPaid(TimeProvider clock) : IUseCase<MarkClaimPaidInput, SubsidyClaim>
{
    public Permission Permission => Permission.PrepareSubsidyClaims;

    public async Task<SubsidyClaim> HandleAsync(MarkClaimPaidInput input, UseCaseContext context, CancellationToken ct)
    {
        var claim = await context.FindClaimAsync(input.ClaimId, ct);
        claim.MarkPaid(context.Who(), context.Caller.RoleName, input.PaidOn, input.PaymentReference, context.Today, clock.GetUtcNow().UtcDateTime);
        return claim;
    }
}
