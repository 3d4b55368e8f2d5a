namespace Registry.Domain.Training;

/// <summary>What an organiser states about a session. A null tier follows the organiser's level; a null isPractical follows the form.</summary>
public sealed record TrainingSessionDetails(
    string? OrganiserRegionCode,
    TrainingTier? Tier,
    TrainingForm Form,
    TrainingTopic Topics,
    string? Title,
    DateOnly Date,
    decimal Hours,
    string? Location,
    bool? IsPractical);
