using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>One row of <see cref="TrainingReportQueries.Hours"/>.</summary>
public sealed record TrainingHoursRow(TrainingTier Tier, TrainingForm Form, long Attendances, long Minutes);
