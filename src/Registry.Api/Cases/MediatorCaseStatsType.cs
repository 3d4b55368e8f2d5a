using Registry.Domain.Cases;

namespace Registry.Api.Cases;

public sealed class MediatorCaseStatsType : ObjectGraphType<MediatorCaseCounts>
{
    public MediatorCaseStatsType()
    {
        Name = "MediatorCaseStats";
        Description = "The cases the mediator LED (主办), closed in the period, and how many they co-mediated (协办). " + CaseStatsFields.Definition;
        CaseStatsFields.AddTo(this, c => c.Lead);
        Field<NonNullGraphType<IntGraphType>>("coMediated").Description("Cases closed in the period in which the mediator was a co-mediator.")
            .Resolve(ctx => ctx.Source.CoMediated);
    }
}
