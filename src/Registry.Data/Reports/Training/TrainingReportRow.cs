using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>
/// One row of <see cref="TrainingReportQueries.Everything"/>, by kind: tally (a child region's code or null, counts),
/// shared (a child region's code, counts), behind (a mediator's <see cref="Figures"/>).
/// </summary>
public sealed record TrainingReportRow(string Kind, string? RegionCode, long MediatorId, long MediatorCount, long CompliantCount,
    MediatorTrainingFigures Figures);
