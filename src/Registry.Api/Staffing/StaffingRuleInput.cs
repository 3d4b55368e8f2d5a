using Registry.Domain.Committees;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingRuleInput
{
    public CommitteeKind Kind { get; set; }
    public int MinimumFullTime { get; set; }
    public RuleSeverity Severity { get; set; }
    public string? Quote { get; set; }
}
