using Registry.Api.Committees;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

public sealed class KindComplianceType : ObjectGraphType<KindCompliance>
{
    public KindComplianceType()
    {
        Name = "KindCompliance";
        Description = "Active committees of one kind in the region.";
        Field(k => k.Kind, type: typeof(NonNullGraphType<CommitteeKindType>));
        Field(k => k.CommitteeCount);
        Field(k => k.CompliantCount).Description("Meeting every rule that applies to them.");
        Field(k => k.ShortfallCount).Description("Below a REQUIRED minimum.");
        Field(k => k.ConditionalShortfallCount).Description("Designated committees below a CONDITIONAL minimum.");
        Field(k => k.RequiredMinimum, nullable: true)
            .Description("The minimum the policies in force for the region itself set for the kind; null when none does. A sub-region's own policy may ask more of its committees.");
        Field(k => k.Severity, type: typeof(RuleSeverityType));
    }
}
