using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Screening;

public sealed class SetScreeningPolicyInputType : TypedInputType<SetScreeningPolicyInput>
{
    public SetScreeningPolicyInputType()
    {
        Name = "SetScreeningPolicyInput";
        Field(i => i.RegionCode).Description("The jurisdiction the policy governs.");
        Field(i => i.Title);
        Field(i => i.SourceDocument).Description("Issuer, title, number and date of the document.");
        Field(i => i.EffectiveFrom, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(i => i.EffectiveTo, type: typeof(CalendarDateGraphType)).Description("Last day in force; omit for open-ended.");
        Field(i => i.Rules, type: typeof(ListGraphType<NonNullGraphType<ScreeningRuleInputType>>)).Description("One cadence per level.");
        Field(i => i.SeriousRiskLimitDays, nullable: true)
            .Description("Days a HIGH or MAJOR risk item may stay unclosed before the ledger flags it; omit for no limit.");
    }
}
