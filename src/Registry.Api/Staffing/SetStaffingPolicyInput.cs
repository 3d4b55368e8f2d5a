using Registry.Domain.Committees;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

/// <summary>The command of <see cref="SetStaffingPolicy"/>, bound from <c>SetStaffingPolicyInput</c>.</summary>
public sealed class SetStaffingPolicyInput
{
    public string? RegionCode { get; set; }
    public string? Title { get; set; }
    public string? SourceDocument { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public List<StaffingRuleInput>? Rules { get; set; }
    public List<StaffingTargetInput>? Targets { get; set; }

    public StaffingPolicyDetails ToDetails() => new(RegionCode?.Trim(), Title, SourceDocument, EffectiveFrom, EffectiveTo,
        Rules?.Select(r => new StaffingRule { Kind = r.Kind, MinimumFullTime = r.MinimumFullTime, Severity = r.Severity, Quote = r.Quote }).ToList(),
        Targets?.Select(t => new StaffingTarget { Metric = t.Metric, Target = (decimal)t.Target, Deadline = t.Deadline, Note = t.Note, Quote = t.Quote }).ToList());
}
