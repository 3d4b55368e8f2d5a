namespace Registry.Domain.Screening;

/// <summary>What a screening policy states: where and when, its source, its cadences and its limit for serious risks.</summary>
public sealed record ScreeningPolicyDetails(
    string? RegionCode,
    string? Title,
    string? SourceDocument,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<ScreeningRule>? Rules,
    int? SeriousRiskLimitDays = null);
