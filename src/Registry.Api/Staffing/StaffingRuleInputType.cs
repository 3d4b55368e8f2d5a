using Registry.Api.Committees;
using Registry.Api.Schema.Inputs;

namespace Registry.Api.Staffing;

public sealed class StaffingRuleInputType : TypedInputType<StaffingRuleInput>
{
    public StaffingRuleInputType()
    {
        Name = "StaffingRuleInput";
        Field(i => i.Kind, type: typeof(NonNullGraphType<CommitteeKindType>));
        Field(i => i.MinimumFullTime).Description("0 or more; 0 lifts a minimum inherited from an enclosing region.");
        Field(i => i.Severity, type: typeof(NonNullGraphType<RuleSeverityType>));
        Field(i => i.Quote, nullable: true);
    }
}
