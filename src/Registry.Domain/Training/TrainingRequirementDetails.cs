namespace Registry.Domain.Training;

/// <summary>
/// What a training requirement states. A null minimum means "not stated here": the requirement of an enclosing
/// region still governs that figure (see <see cref="TrainingRequirementResolver"/>).
/// </summary>
public sealed record TrainingRequirementDetails(
    string? RegionCode,
    string? Title,
    string? SourceDocument,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    decimal? MinHoursPerYear,
    int? MinPracticalSessionsPerYear,
    decimal? PreServiceHours,
    string? Quote = null);
