using Registry.Data.Reports.Sql;
using Registry.Domain.Grading;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Grading;

/// <summary>One mediator judged against one level: every criterion's result, and whether they already hold it (or higher).</summary>
public sealed record EligibilityRow(long MediatorId, string Name, string? CurrentLevel, int? CurrentRank, bool Eligible,
    bool HoldsLevel, IReadOnlyList<CriterionResult> Criteria);

/// <summary>A page of <see cref="EligibilityRow"/>s by id, and the number of rows in the whole list (counted only when asked).</summary>
public sealed record EligibilityPage(IReadOnlyList<EligibilityRow> Rows, Func<CancellationToken, Task<int>> TotalCount);

/// <summary>
/// <c>gradeEligibility</c>: the SQL's figures (<see cref="GradingQueries"/>) judged by the level's own criteria
/// (<see cref="GradeCriterion.Judge"/>), so each criterion has one definition. Each mediator is judged by the ladder of
/// their zone (<see cref="GradeLadderResolver.Zones"/>): one statement a zone whose ladder has the level, the zones'
/// pages merged by id and their counts added (a mediator is in one zone only). A training criterion without hours asks
/// the yearly hours of the training requirement governing the mediator's committee on the day, so such a zone is split
/// again by the requirements inside it (<see cref="TrainingRequirementResolver.Zones"/>). The list of the eligible is
/// selected by the criteria's SQL twins (<see cref="GradingSql.Meets"/>, proved equal to the C# judgement by the
/// rule-twin tests), so only the page returned is read and judged here; a level with a criterion no twin can write
/// exactly is judged in C# for everyone.
/// </summary>
public static class GradeEligibilityReport
{
    /// <summary>
    /// Up to <paramref name="take"/> rows after id <paramref name="after"/>: everyone serving (<paramref name="everyone"/>)
    /// or those eligible who do not hold the level or a higher one, each judged by the level named
    /// <paramref name="levelName"/> of their zone's ladder; a zone whose ladder has no such level lists no one.
    /// </summary>
    public static async Task<EligibilityPage> PageAsync(RegistryDbContext db, IReadOnlyList<GradeZone> zones, string levelName, DateOnly asOf,
        bool everyone, long? after, int take, CancellationToken ct)
    {
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync(ct);
        var parts = Parts(zones, levelName, requirements, asOf);
        var pages = await ZonePagesAsync(db, parts.Where(p => p.Level is not null).ToList(), asOf, everyone, after, take, ct);
        if (parts.Count == 1 && pages.Count == 1) return pages[0];
        // The zones share out the region's serving mediators, so everyone judged is everyone serving less those of the
        // zones whose ladder lacks the level (mostly none, and small): one count of the region, where a count per zone
        // tests each of the country's mediators against the zones before it.
        var region = GradingScope.Whole(zones[^1].RegionCode);
        var session = new ReportSession(db, ReportTuning.LargeAggregatesFor(region.RegionCode));
        Func<CancellationToken, Task<int>> total = everyone
            ? async token =>
            {
                var n = (await session.ReadAsync(GradingQueries.ServingCount(region, asOf), r => r.Int(0), token)).Single();
                foreach (var part in parts.Where(p => p.Level is null))
                    n -= (await session.ReadAsync(GradingQueries.ServingCount(part.Scope, asOf), r => r.Int(0), token)).Single();
                return n;
            }
            : async token =>
            {
                var n = 0;
                foreach (var page in pages) n += await page.TotalCount(token);
                return n;
            };
        return new EligibilityPage(pages.SelectMany(p => p.Rows).OrderBy(r => r.MediatorId).Take(take).ToList(), total);
    }

    /// <summary>
    /// At most this many connections read a region's smaller zones beside its own, each its share of them one after
    /// another: the country's 四级 list read Guangdong's zone (2.1-2.4 s, its level counts cases) after the country's
    /// own (9 s); a country with a ladder in every city would otherwise open a connection a city.
    /// </summary>
    public const int ZoneLanes = 2;

    /// <summary>
    /// The pages of <paramref name="parts"/>, in their order. The last part (the region's own zone, the largest) is read
    /// on the request's connection; the others beside it (<see cref="ReportSession.Beside{T}"/>, on PostgreSQL), dealt
    /// to <see cref="ZoneLanes"/> connections. A page's deferred count runs on the request's connection, which outlives
    /// the others.
    /// </summary>
    private static async Task<List<EligibilityPage>> ZonePagesAsync(RegistryDbContext db,
        IReadOnlyList<(GradingScope Scope, GradeLevel? Level, int PerYear)> parts, DateOnly asOf, bool everyone, long? after, int take,
        CancellationToken ct)
    {
        if (parts.Count == 0) return [];
        var pages = new EligibilityPage[parts.Count];
        var lanes = Enumerable.Range(0, Math.Min(ZoneLanes, parts.Count - 1))
            .Select(lane => Enumerable.Range(0, parts.Count - 1).Where(i => i % ZoneLanes == lane).ToList())
            .Select(lane => new ReportSession(db, ReportTuning.LargeAggregatesFor(parts[lane[0]].Scope.RegionCode)).Beside(async (context, token) =>
            {
                foreach (var i in lane)
                    pages[i] = await PartAsync(context, db, parts[i].Scope, parts[i].Level!, parts[i].PerYear, asOf, everyone, after, take, token);
                return lane.Count;
            }, ct))
            .ToList();
        var own = parts[^1];
        pages[^1] = await PartAsync(db, db, own.Scope, own.Level!, own.PerYear, asOf, everyone, after, take, ct);
        foreach (var lane in lanes) await lane.Result;
        return pages.ToList();
    }

    /// <summary>Everyone serving in <paramref name="regionCode"/> judged by <paramref name="level"/>, whatever their zone: one part of <see cref="PageAsync(RegistryDbContext, IReadOnlyList{GradeZone}, string, DateOnly, bool, long?, int, CancellationToken)"/>.</summary>
    public static async Task<EligibilityPage> PageAsync(RegistryDbContext db, string regionCode, GradeLevel level, DateOnly asOf,
        bool everyone, long? after, int take, CancellationToken ct)
    {
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync(ct);
        var perYear = TrainingRequirementResolver.Resolve(requirements, regionCode, asOf).MinMinutesPerYear;
        return await PartAsync(db, db, GradingScope.Whole(regionCode), level, perYear, asOf, everyone, after, take, ct);
    }

    /// <summary>
    /// The scopes a list reads, in zone order, each with the zone's level of that name (null: its ladder has none, or no
    /// ladder governs it, so no one there is listed) and the training hours a year governing it: a zone whose level must
    /// count the requirement's hours is split by the requirements inside it, those inside an earlier zone left to it.
    /// Each scope leaves out the scopes before it.
    /// </summary>
    private static List<(GradingScope Scope, GradeLevel? Level, int PerYear)> Parts(IReadOnlyList<GradeZone> zones, string levelName,
        IReadOnlyCollection<TrainingRequirement> requirements, DateOnly asOf)
    {
        var parts = new List<(GradingScope, GradeLevel?, int)>();
        var before = new List<string>();
        foreach (var zone in zones)
        {
            var level = zone.Ladder?.LevelNamed(levelName);
            var pieces = level?.Criterion(CriterionKind.TrainingHours) is { Threshold: null }
                ? TrainingRequirementResolver.Zones(requirements, zone.RegionCode, asOf)
                    .Where(z => !before.Any(b => RegionCode.Covers(b, z.Zone)))
                    .Select(z => (Code: z.Zone, PerYear: z.Requirement.MinMinutesPerYear)).ToList()
                : [(zone.RegionCode, TrainingRequirementResolver.Resolve(requirements, zone.RegionCode, asOf).MinMinutesPerYear)];
            foreach (var (code, perYear) in pieces)
            {
                parts.Add((new GradingScope(code, before.ToList()), level, perYear));
                before.Add(code);
            }
        }
        return parts;
    }

    /// <summary>
    /// One part's page, read on <paramref name="db"/>; its count, when it needs a statement of its own (asked later, or
    /// never), on <paramref name="countDb"/>: the request's context, where <paramref name="db"/> may be a connection
    /// beside it that is gone by then.
    /// </summary>
    private static async Task<EligibilityPage> PartAsync(RegistryDbContext db, RegistryDbContext countDb, GradingScope scope, GradeLevel level,
        int perYear, DateOnly asOf, bool everyone, long? after, int take, CancellationToken ct)
    {
        var session = new ReportSession(db, ReportTuning.LargeAggregatesFor(scope.RegionCode));
        var counting = new ReportSession(countDb, ReportTuning.LargeAggregatesFor(scope.RegionCode));
        if (everyone)
        {
            var rows = await session.ReadAsync(GradingQueries.Statement(scope, level, asOf, perYear, false, after, take)!, GradingQueries.Read, ct);
            return new EligibilityPage(rows.Select(r => Judge(r.Row, level, asOf, perYear)).ToList(),
                async token => (await counting.ReadAsync(GradingQueries.ServingCount(scope, asOf), r => r.Int(0), token)).Single());
        }
        if (GradingQueries.Statement(scope, level, asOf, perYear, true, after, take) is { } statement)
        {
            var rows = await session.ReadAsync(statement, GradingQueries.Read, ct);
            Func<CancellationToken, Task<int>> count = rows.Count > 0 || after is null
                ? _ => Task.FromResult(rows.Count > 0 ? rows[0].Total : 0)
                : async token => (await counting.ReadAsync(GradingQueries.Statement(scope, level, asOf, perYear, true, null, 1)!,
                    GradingQueries.Read, token)).Select(r => r.Total).FirstOrDefault();
            return new EligibilityPage(rows.Select(r => Judge(r.Row, level, asOf, perYear)).ToList(), count);
        }
        var listed = (await GradingQueries.FiguresAsync(db, scope, level, asOf, ct))
            .Select(r => Judge(r, level, asOf, perYear)).Where(r => r.Eligible && !r.HoldsLevel).ToList();
        return new EligibilityPage(listed.Where(r => r.MediatorId > (after ?? 0)).Take(take).ToList(), _ => Task.FromResult(listed.Count));
    }

    public static EligibilityRow Judge(GradingFiguresRow row, GradeLevel level, DateOnly asOf, int requiredTrainingMinutesPerYear)
    {
        var results = level.Criteria.Select(c => c.Judge(row.Figures, asOf, level.Rank, requiredTrainingMinutesPerYear)).ToList();
        var holds = row.Figures.CurrentRank >= level.Rank;
        return new EligibilityRow(row.MediatorId, row.Name, row.CurrentLevel, row.Figures.CurrentRank, results.All(r => r.Met), holds, results);
    }
}
