using Registry.Data.Reports.Sql;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>A counted mediator behind the year's requirement, and how they stand (what they lack).</summary>
public sealed record TrainingShortfall(long MediatorId, TrainingStanding Standing);
