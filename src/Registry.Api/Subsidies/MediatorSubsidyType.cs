using Registry.Api.Mediators;
using Registry.Api.Schema.Loading;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Mediators;

namespace Registry.Api.Subsidies;

public sealed class MediatorSubsidyType : ObjectGraphType<SubsidyGroupRow>
{
    public MediatorSubsidyType()
    {
        Name = "MediatorSubsidy";
        Description = "A mediator's lines of the statement: amountBeforeCap and amount (after their monthly cap).";
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.Key));
        SubsidyTotalsType.AddTo(this, r => r.Totals);
    }
}
