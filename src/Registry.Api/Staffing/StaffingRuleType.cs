using Registry.Api.Committees;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingRuleType : ObjectGraphType<StaffingRule>
{
    public StaffingRuleType()
    {
        Name = "StaffingRule";
        Description = "Minimum full-time mediators (专职人民调解员) for every committee of one kind.";
        Field(r => r.Kind, type: typeof(NonNullGraphType<CommitteeKindType>));
        Field(r => r.MinimumFullTime);
        Field(r => r.Severity, type: typeof(NonNullGraphType<RuleSeverityType>));
        Field(r => r.Quote, nullable: true).Description("The source document's sentence, verbatim.");
    }
}
