namespace Registry.Data.Reports.Staffing;

/// <summary>One committee against the rule that governs it; <see cref="Policy"/> is null when no rule does.</summary>
public sealed record CommitteeAssessment(long CommitteeId, string RegionCode, CommitteeKind Kind, CommitteeQuota Quota, StaffingPolicy? Policy);
