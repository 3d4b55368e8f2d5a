namespace Registry.Domain.Staffing;

/// <summary>What a staffing policy states: where and when it applies, its source, its rules and targets.</summary>
public sealed record StaffingPolicyDetails(
    string? RegionCode,
    string? Title,
    string? SourceDocument,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<StaffingRule>? Rules = null,
    IReadOnlyList<StaffingTarget>? Targets = null);
