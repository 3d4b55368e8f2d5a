using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>The command of <see cref="SetTrainingRequirement"/>; a null minimum is "not stated here" (inherited).</summary>
public sealed class SetTrainingRequirementInput
{
    public string? RegionCode { get; set; }
    public string? Title { get; set; }
    public string? SourceDocument { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public decimal? MinHoursPerYear { get; set; }
    public int? MinPracticalSessionsPerYear { get; set; }
    public decimal? PreServiceHours { get; set; }
    public string? Quote { get; set; }

    public TrainingRequirementDetails ToDetails() => new(RegionCode?.Trim(), Title, SourceDocument, EffectiveFrom, EffectiveTo,
        MinHoursPerYear, MinPracticalSessionsPerYear, PreServiceHours, Quote);
}
