using Registry.Domain.Grading;

namespace Registry.Data.Reports.Grading;

/// <summary>One serving mediator's raw figures as <see cref="GradingQueries"/> counts them, with the grade they hold.</summary>
public sealed record GradingFiguresRow(long MediatorId, string Name, string? CurrentLevel, GradingFigures Figures);
