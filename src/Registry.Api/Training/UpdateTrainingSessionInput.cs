using Registry.Api.Committees;
using Registry.Api.Schema.Inputs;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>The command of <see cref="UpdateTrainingSession"/>: an omitted field keeps its value.</summary>
public sealed class UpdateTrainingSessionInput
{
    public string? SessionId { get; set; }
    public Optional<string?> OrganiserRegionCode { get; set; }
    public Optional<TrainingTier?> Tier { get; set; }
    public Optional<TrainingForm?> Form { get; set; }
    public Optional<List<TrainingTopic>?> Topics { get; set; }
    public Optional<string?> Title { get; set; }
    public Optional<DateOnly?> Date { get; set; }
    public Optional<decimal?> Hours { get; set; }
    public Optional<string?> Location { get; set; }
    public Optional<bool?> IsPractical { get; set; }

    /// <summary>
    /// The session's details with this input's fields applied over them. A new organiser without a tier lets the tier
    /// follow the organiser's level again.
    /// </summary>
    public TrainingSessionDetails Over(TrainingSession s) => new(
        OrganiserRegionCode.Or(s.RegionCode),
        Tier.IsSet || !OrganiserRegionCode.IsSet ? Tier.Or(s.Tier) : null,
        Form.Or(s.Form) ?? default,
        Topics.IsSet ? Flags.Combine(Topics.Value) : s.Topics,
        Title.Or(s.Title),
        Date.Or(s.Date) ?? default,
        Hours.Or(s.Hours) ?? 0m,
        Location.Or(s.Location),
        IsPractical.Or(s.IsPractical));
}
