using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>
/// One mediator's figures for the year as the report's SQL reads them: what their zones require (the strictest when
/// several) and what they were credited. <see cref="Standing"/> is the domain's judgement of them.
/// </summary>
public sealed record MediatorTrainingFigures(long MediatorId, int RequiredMinutes, int RequiredPractical, int Minutes, int PracticalCount)
{
    public TrainingStanding Standing => new(Minutes, PracticalCount,
        new GoverningRequirement(RequiredMinutes, null, RequiredPractical, null, 0, null));
}
