namespace Registry.Domain.Training;

/// <summary>
/// The training requirement that governs a region on a date, figure by figure: each minimum comes from the most
/// specific requirement that states it (null source: no requirement states it, and the minimum is 0).
/// </summary>
public sealed record GoverningRequirement(
    int MinMinutesPerYear, TrainingRequirement? HoursSource,
    int MinPracticalSessionsPerYear, TrainingRequirement? PracticalSource,
    int PreServiceMinutes, TrainingRequirement? PreServiceSource)
{
    public static readonly GoverningRequirement None = new(0, null, 0, null, 0, null);

    public bool IsEmpty => HoursSource is null && PracticalSource is null && PreServiceSource is null;
}
