using Registry.Data.Reports.Sql;
using Registry.Domain.Grading;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Grading;

/// <summary>One mediator judged against one level: every criterion's result, and whether they already hold it (or higher).</summary>
public sealed record EligibilityRow(long MediatorId, string Name, string? CurrentLevel, int? CurrentRank, bool Eligible,
    bool HoldsLevel, IReadOnlyList<CriterionResult> Criteria);

/// <summary>A page of <see cref="EligibilityRow"/>s by id, and the number of rows in the whole list (counted only when asked).</summary>
public sealed record EligibilityPage(IReadOnlyList<EligibilityRow> Rows, Func<CancellationToken, Task<int>> TotalCount);

/// <summary>
/// <c>gradeEligibility</c>: the SQL's figures (<see cref="GradingQueries"/>) judged by the level's own criteria
/// (<see cref="GradeCriterion.Judge"/>), so each criterion has one definition. A training criterion without hours asks
/// the yearly hours of the training requirement governing the region on the day. The list of the eligible is selected
/// by the criteria's SQL twins (<see cref="GradingSql.Meets"/>, proved equal to the C# judgement by the rule-twin
/// tests), so only the page returned is read and judged here; a level with a criterion no twin can write exactly is
/// judged in C# for everyone.
/// </summary>
public static class GradeEligibilityReport
{
    /// <summary>
    /// Up to <paramref name="take"/> rows after id <paramref name="after"/>: everyone serving (<paramref name="everyone"/>)
    /// or those eligible who do not hold the level or a higher one.
    /// </summary>
    public static async Task<EligibilityPage> PageAsync(RegistryDbContext db, string regionCode, GradeLevel level, DateOnly asOf,
        bool everyone, long? after, int take, CancellationToken ct)
    {
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync(ct);
        var perYear = TrainingRequirementResolver.Resolve(requirements, regionCode, asOf).MinMinutesPerYear;
        var session = new ReportSession(db, ReportTuning.LargeAggregatesFor(regionCode));
        if (everyone)
        {
            var rows = await session.ReadAsync(GradingQueries.Statement(regionCode, level, asOf, perYear, false, after, take)!, GradingQueries.Read, ct);
            return new EligibilityPage(rows.Select(r => Judge(r.Row, level, asOf, perYear)).ToList(),
                async token => (await session.ReadAsync(GradingQueries.ServingCount(regionCode, asOf), r => r.Int(0), token)).Single());
        }
        if (GradingQueries.Statement(regionCode, level, asOf, perYear, true, after, take) is { } statement)
        {
            var rows = await session.ReadAsync(statement, GradingQueries.Read, ct);
            Func<CancellationToken, Task<int>> count = rows.Count > 0 || after is null
                ? _ => Task.FromResult(rows.Count > 0 ? rows[0].Total : 0)
                : async token => (await session.ReadAsync(GradingQueries.Statement(regionCode, level, asOf, perYear, true, null, 1)!,
                    GradingQueries.Read, token)).Select(r => r.Total).FirstOrDefault();
            return new EligibilityPage(rows.Select(r => Judge(r.Row, level, asOf, perYear)).ToList(), count);
        }
        var listed = (await ComputeAsync(db, regionCode, level, asOf, ct)).Where(r => r.Eligible && !r.HoldsLevel).ToList();
        return new EligibilityPage(listed.Where(r => r.MediatorId > (after ?? 0)).Take(take).ToList(), _ => Task.FromResult(listed.Count));
    }

    /// <summary>Everyone serving in the region on the day, judged.</summary>
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
