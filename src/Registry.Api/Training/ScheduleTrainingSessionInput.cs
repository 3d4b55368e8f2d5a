using Registry.Api.Committees;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>The command of <see cref="ScheduleTrainingSession"/>, bound from <c>ScheduleTrainingSessionInput</c>.</summary>
public sealed class ScheduleTrainingSessionInput
{
    public string? OrganiserRegionCode { get; set; }
    public TrainingTier? Tier { get; set; }
    public TrainingForm Form { get; set; }
    public List<TrainingTopic>? Topics { get; set; }
    public string? Title { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public string? Location { get; set; }
    public bool? IsPractical { get; set; }

    public TrainingSessionDetails ToDetails() =>
        new(OrganiserRegionCode, Tier, Form, Flags.Combine(Topics), Title, Date, Hours, Location, IsPractical);
}
