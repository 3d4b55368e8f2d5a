namespace Registry.Domain.Grading;

/// <summary>What a grade ladder states: where, when, from which document, and its levels.</summary>
public sealed record GradeLadderDetails(
    string? RegionCode,
    string? Title,
    string? SourceDocument,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<GradeLevelDetails>? Levels);
