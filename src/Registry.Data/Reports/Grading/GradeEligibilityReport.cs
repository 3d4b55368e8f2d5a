using Registry.Domain.Grading;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Grading;

/// <summary>One mediator judged against one level: every criterion's result, and whether they already hold it (or higher).</summary>
public sealed record EligibilityRow(long MediatorId, string Name, string? CurrentLevel, int? CurrentRank, bool Eligible,
    bool HoldsLevel, IReadOnlyList<CriterionResult> Criteria);

/// <summary>
/// <c>gradeEligibility</c>: the SQL's figures (<see cref="GradingQueries"/>) judged by the level's own criteria
/// (<see cref="GradeCriterion.Judge"/>), so each criterion has one definition. A training criterion without hours asks
/// the yearly hours of the training requirement governing the region on the day.
/// </summary>
public static class GradeEligibilityReport
{
    public static async Task<List<EligibilityRow>> ComputeAsync(RegistryDbContext db, string regionCode, GradeLevel level, DateOnly asOf,
        CancellationToken ct)
    {
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync(ct);
        var perYear = TrainingRequirementResolver.Resolve(requirements, regionCode, asOf).MinMinutesPerYear;
        var rows = await GradingQueries.FiguresAsync(db, regionCode, level, asOf, ct);
        return rows.Select(r => Judge(r, level, asOf, perYear)).ToList();
    }

    public static EligibilityRow Judge(GradingFiguresRow row, GradeLevel level, DateOnly asOf, int requiredTrainingMinutesPerYear)
    {
        var results = level.Criteria.Select(c => c.Judge(row.Figures, asOf, level.Rank, requiredTrainingMinutesPerYear)).ToList();
        var holds = row.Figures.CurrentRank >= level.Rank;
        return new EligibilityRow(row.MediatorId, row.Name, row.CurrentLevel, row.Figures.CurrentRank, results.All(r => r.Met), holds, results);
    }
}
