using Registry.Api.Cases;
using Registry.Api.Schema.Inputs;

namespace Registry.Api.Subsidies;

public sealed class SubsidyRateInputType : TypedInputType<SubsidyRateInput>
{
    public SubsidyRateInputType()
    {
        Name = "SubsidyRateInput";
        Field(i => i.Difficulty, type: typeof(NonNullGraphType<CaseDifficultyType>));
        Field(i => i.Agreement, type: typeof(NonNullGraphType<AgreementKindType>));
        Field(i => i.AmountFen, type: typeof(NonNullGraphType<LongGraphType>)).Description("Fen per case, 0 to 10,000,000.");
    }
}
