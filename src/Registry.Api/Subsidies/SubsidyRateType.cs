using Registry.Api.Cases;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyRateType : ObjectGraphType<SubsidyRate>
{
    public SubsidyRateType()
    {
        Name = "SubsidyRate";
        Field<NonNullGraphType<CaseDifficultyType>>("difficulty").Resolve(ctx => ctx.Source.Difficulty);
        Field<NonNullGraphType<AgreementKindType>>("agreement").Resolve(ctx => ctx.Source.Agreement);
        Field(r => r.AmountFen, type: typeof(NonNullGraphType<LongGraphType>));
    }
}
