using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Staffing;

public sealed class SetStaffingPolicyInputType : TypedInputType<SetStaffingPolicyInput>
{
    public SetStaffingPolicyInputType()
    {
        Name = "SetStaffingPolicyInput";
        Field(i => i.RegionCode).Description("The jurisdiction the policy governs.");
        Field(i => i.Title);
        Field(i => i.SourceDocument).Description("Issuer, title, number and date of the document.");
        Field(i => i.EffectiveFrom, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(i => i.EffectiveTo, type: typeof(CalendarDateGraphType)).Description("Last day in force; omit for open-ended.");
        Field(i => i.Rules, type: typeof(ListGraphType<NonNullGraphType<StaffingRuleInputType>>));
        Field(i => i.Targets, type: typeof(ListGraphType<NonNullGraphType<StaffingTargetInputType>>));
    }
}
