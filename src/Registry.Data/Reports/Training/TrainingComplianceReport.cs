using Registry.Data.Querying;
using Registry.Data.Reports.Sql;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>
/// Who in a region meets the training requirement for a year. Every figure is one aggregate statement
/// (<see cref="TrainingReportQueries"/>), run only when a client asks for it: the totals, child regions and first page of
/// those behind come from one statement, the hours by tier and form from another, beside it on PostgreSQL. What a
/// mediator behind lacks is <see cref="TrainingStanding"/>'s judgement of their figures.
/// </summary>
public sealed class TrainingComplianceReport
{
    private readonly ReportSession session;
    private readonly TrainingReportQueries queries;
    private readonly IReadOnlyList<Region> children;
    private readonly bool hoursWanted;
    private readonly int firstPageRows;
    private Task<List<TrainingReportRow>>? everything;
    private SideWork<List<TrainingHoursRow>>? hours;

    private TrainingComplianceReport(RegistryDbContext db, string regionCode, int year, DateOnly referenceDate,
        IReadOnlyList<TrainingRequirement> requirements, IReadOnlyList<Region> children, bool hoursWanted, int maxPageSize)
    {
        // Below the country a region's appointments are read through its committees' index (ReportTuning.LargeAggregatesFor):
        // on the national data the defaults scanned every appointment of the country for one province.
        session = new ReportSession(db, ReportTuning.LargeAggregatesFor(regionCode));
        RegionCode = regionCode;
        Year = year;
        ReferenceDate = referenceDate;
        Requirement = TrainingRequirementResolver.Resolve(requirements, regionCode, referenceDate);
        this.children = children;
        this.hoursWanted = hoursWanted;
        firstPageRows = maxPageSize + 1;
        // Child regions' codes all have one length (the next level down); with none, every committee is "in" the region itself.
        var childLength = children.Count == 0 ? regionCode.Length : children[0].Code.Length;
        queries = new TrainingReportQueries(regionCode, referenceDate, year, childLength,
            TrainingRequirementResolver.Zones(requirements, regionCode, referenceDate));
    }

    /// <summary>
    /// The report of <paramref name="regionCode"/> for <paramref name="year"/>, nothing computed yet.
    /// <paramref name="hoursWanted"/>: whether the hours by tier or form will be asked for (then on PostgreSQL they start
    /// beside the main statement); <paramref name="maxPageSize"/>: the largest first page of <see cref="BehindAsync"/>.
    /// </summary>
    public static async Task<TrainingComplianceReport> CreateAsync(RegistryDbContext db, string regionCode, int year, DateOnly today,
        bool hoursWanted, int maxPageSize, CancellationToken ct)
    {
        var referenceDate = TrainingStanding.ReferenceDate(year, today);
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync(ct);
        var children = await db.Regions.AsNoTracking().ChildrenOf(regionCode).OrderBy(r => r.Code).ToListAsync(ct);
        return new TrainingComplianceReport(db, regionCode, year, referenceDate, requirements, children, hoursWanted, maxPageSize);
    }

    public string RegionCode { get; }
    public int Year { get; }
    /// <summary>The day whose roster is counted and whose requirement governs: 31 December, or today for the current year.</summary>
    public DateOnly ReferenceDate { get; }
    /// <summary>The requirement governing the region itself; subregions may add their own.</summary>
    public GoverningRequirement Requirement { get; }

    /// <summary>Totals, children and the first page of those behind, from one pass over the per-mediator rows.</summary>
    private Task<List<TrainingReportRow>> Everything(CancellationToken ct)
    {
        if (everything is not null) return everything;
        // Fields resolve one at a time, so the hours would only start once this statement is done; on PostgreSQL they
        // are started first, beside it, when the request asks for them.
        if (hoursWanted && session.RunsSideBySide) Hours(ct);
        return everything = session.ReadAsync(queries.Everything(firstPageRows), TrainingReportQueries.ReadEverything, ct);
    }

    private async Task<(long Mediators, long Compliant)> Totals(CancellationToken ct)
    {
        var tallies = (await Everything(ct)).Where(r => r.Kind == "tally").ToList();
        return (tallies.Sum(r => r.MediatorCount), tallies.Sum(r => r.CompliantCount));
    }

    public async Task<int> MediatorCount(CancellationToken ct) => (int)(await Totals(ct)).Mediators;

    public async Task<int> CompliantCount(CancellationToken ct) => (int)(await Totals(ct)).Compliant;

    public async Task<int> BehindCount(CancellationToken ct)
    {
        var (mediators, compliant) = await Totals(ct);
        return (int)(mediators - compliant);
    }

    /// <summary>
    /// Up to <paramref name="first"/> + 1 mediators behind, by id, after <paramref name="after"/> (the extra one tells
    /// the caller there is more): the first page comes with the totals, later pages run their own statement.
    /// </summary>
    public async Task<List<TrainingShortfall>> BehindAsync(long? after, int first, CancellationToken ct)
    {
        if (first + 1 > firstPageRows) throw new ArgumentOutOfRangeException(nameof(first), first, $"At most {firstPageRows - 1}.");
        var figures = after is { } from
            ? first == 0 ? [] : await session.ReadAsync(queries.BehindAfter(from, first + 1), TrainingReportQueries.ReadFigures, ct)
            : (await Everything(ct)).Where(r => r.Kind == "behind").Select(r => r.Figures).Take(first + 1).ToList();
        return figures.Select(f => new TrainingShortfall(f.MediatorId, f.Standing)).ToList();
    }

    /// <summary>Each child region: its single-child mediators (tally) plus those serving there and in another (shared).</summary>
    public async Task<IReadOnlyList<RegionTrainingCompliance>> ByRegion(CancellationToken ct)
    {
        var byCode = (await Everything(ct)).Where(r => r.Kind is "tally" or "shared" && r.RegionCode is not null)
            .GroupBy(r => r.RegionCode!)
            .ToDictionary(g => g.Key, g => (Mediators: g.Sum(r => r.MediatorCount), Compliant: g.Sum(r => r.CompliantCount)));
        return children.Select(c => byCode.TryGetValue(c.Code, out var r)
            ? new RegionTrainingCompliance(c, (int)r.Mediators, (int)r.Compliant)
            : new RegionTrainingCompliance(c, 0, 0)).ToList();
    }

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByTier(CancellationToken ct) =>
        (await Hours(ct).Result).GroupBy(h => h.Tier).OrderBy(g => g.Key)
            .Select(g => new TrainingHoursBreakdown(g.Key.ToString(), g.Sum(h => h.Minutes), g.Sum(h => h.Attendances))).ToList();

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByForm(CancellationToken ct) =>
        (await Hours(ct).Result).GroupBy(h => h.Form).OrderBy(g => g.Key)
            .Select(g => new TrainingHoursBreakdown(g.Key.ToString(), g.Sum(h => h.Minutes), g.Sum(h => h.Attendances))).ToList();

    /// <summary>The hours statement: beside the main one on PostgreSQL, on the request's own connection on SQLite (after the rest).</summary>
    private SideWork<List<TrainingHoursRow>> Hours(CancellationToken ct) =>
        hours ??= session.Beside((context, token) => context.ReadAsync(queries.Hours(), TrainingReportQueries.ReadHours, token), ct);
}
