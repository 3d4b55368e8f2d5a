using Registry.Api.Committees;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Staffing;

public sealed class SetStaffingPolicyInputType : InputObjectGraphType<SetStaffingPolicyInput>
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

public sealed class StaffingRuleInputType : InputObjectGraphType<StaffingRuleInput>
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

public sealed class StaffingTargetInputType : InputObjectGraphType<StaffingTargetInput>
{
    public StaffingTargetInputType()
    {
        Name = "StaffingTargetInput";
        Field(i => i.Metric, type: typeof(NonNullGraphType<TargetMetricType>));
        Field(i => i.Target).Description("Shares as 0–1 (0.2 = 20%), FULL_TIME_GROWTH as a yearly rate, counts as whole numbers.");
        Field(i => i.Deadline, type: typeof(CalendarDateGraphType));
        Field(i => i.Note, nullable: true);
        Field(i => i.Quote, nullable: true);
    }
}
