using Registry.Api.Committees;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class EffectiveStaffingRuleType : ObjectGraphType<GoverningRule>
{
    public EffectiveStaffingRuleType()
    {
        Name = "EffectiveStaffingRule";
        Description = "The rule in force for one committee kind in a region on a day, and the policy it comes from.";
        Field<NonNullGraphType<CommitteeKindType>>("kind").Resolve(ctx => ctx.Source.Rule.Kind);
        Field<NonNullGraphType<IntGraphType>>("minimumFullTime").Resolve(ctx => ctx.Source.Rule.MinimumFullTime);
        Field<NonNullGraphType<RuleSeverityType>>("severity").Resolve(ctx => ctx.Source.Rule.Severity);
        Field<StringGraphType>("quote").Resolve(ctx => ctx.Source.Rule.Quote);
        Field<NonNullGraphType<StaffingPolicyType>>("policy").Resolve(ctx => ctx.Source.Policy);
    }
}
