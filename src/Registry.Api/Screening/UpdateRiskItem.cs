using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Screening;

using Registry.Domain.Cases;
namespace Registry.Api.Screening;

/// <summary>Moves a ledger item to its next status on a day, optionally linking the case it became.</summary>
public sealed class UpdateRiskItem : IUseCase<UpdateRiskItemInput, RiskItem>
{
    public Permission Permission => Permission.RecordScreening;

    public async Task<RiskItem> HandleAsync(UpdateRiskItemInput input, UseCaseContext context, CancellationToken ct)
    {
        var item = await context.Db.FindByGlobalIdAsync<RiskItem>(input.RiskItemId, "RiskItem", "riskItemId", ct);
        context.RequireCovers(item.RegionCode, "riskItemId");
        long? caseId = null;
        if (input.CaseId is not null)
        {
            var linked = await context.Db.FindByGlobalIdAsync<MediationCase>(input.CaseId, "Case", "caseId", ct);
            if (linked.CommitteeId != item.CommitteeId)
                throw new DomainException("caseId", ErrorCodes.Invalid, "The case belongs to another committee than the one that found the item.");
            caseId = linked.Id;
        }
        item.Move(input.Status, input.On, input.Note, context.Today, caseId);
        return item;
    }
}
