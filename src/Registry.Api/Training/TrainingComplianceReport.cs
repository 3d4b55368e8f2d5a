using Registry.Api.Schema.Paging;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// Who in a region meets the training requirement for a year. Every figure is one aggregate query, run only when a
/// client asks for it; the summary is computed once per request.
/// </summary>
public sealed class TrainingComplianceReport
{
    private readonly RegistryDbContext db;
    private readonly TrainingComplianceSql template;
    private readonly IReadOnlyList<Domain.Regions.Region> children;
    private Task<SummaryRow>? summary;
    private Task<List<HoursRow>>? hours;

    internal TrainingComplianceReport(RegistryDbContext db, string regionCode, int year, DateOnly referenceDate,
        GoverningRequirement requirement, IReadOnlyList<(string Zone, GoverningRequirement Requirement)> zones, IReadOnlyList<Domain.Regions.Region> children)
    {
        this.db = db;
        RegionCode = regionCode;
        Year = year;
        ReferenceDate = referenceDate;
        Requirement = requirement;
        this.children = children;
        template = new TrainingComplianceSql(regionCode, referenceDate, year, zones);
    }

    public string RegionCode { get; }
    public int Year { get; }
    /// <summary>The day whose roster is counted and whose requirement governs: 31 December, or today for the current year.</summary>
    public DateOnly ReferenceDate { get; }
    /// <summary>The requirement governing the region itself; subregions may add their own.</summary>
    public GoverningRequirement Requirement { get; }

    private TrainingComplianceSql Sql() => template.Fresh();

    private Task<SummaryRow> Summary(CancellationToken ct) => summary ??= Query<SummaryRow>(s => s.Summary()).SingleAsync(ct);

    public async Task<int> MediatorCount(CancellationToken ct) => (int)(await Summary(ct)).MediatorCount;

    public async Task<int> CompliantCount(CancellationToken ct) => (int)(await Summary(ct)).CompliantCount;

    public async Task<Page<ComplianceRow>> Behind(PageRequest page, CancellationToken ct)
    {
        var behind = Query<ComplianceRow>(s => s.MediatorRows())
            .Where(r => r.Minutes < r.RequiredMinutes || r.PracticalCount < r.RequiredPractical);
        var query = page.After is { } after ? behind.Where(r => r.MediatorId > after) : behind;
        var rows = page.First == 0 ? [] : await query.OrderBy(r => r.MediatorId).Take(page.First + 1).ToListAsync(ct);
        var hasNext = rows.Count > page.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<ComplianceRow>(rows, rows.Select(r => PageRequest.EncodeCursor(r.MediatorId)).ToList(), hasNext,
            page.After is not null, token => behind.CountAsync(token));
    }

    public async Task<IReadOnlyList<RegionTrainingCompliance>> ByRegion(CancellationToken ct)
    {
        if (children.Count == 0) return [];
        var rows = await Query<ChildRow>(s => s.ByChild(children.Select(c => c.Code).ToList())).ToListAsync(ct);
        var byCode = rows.ToDictionary(r => r.RegionCode);
        return children.Select(c => byCode.TryGetValue(c.Code, out var r)
            ? new RegionTrainingCompliance(c, (int)r.MediatorCount, (int)r.CompliantCount)
            : new RegionTrainingCompliance(c, 0, 0)).ToList();
    }

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByTier(CancellationToken ct) =>
        (await Hours(ct)).GroupBy(h => h.Tier).Select(g => new TrainingHoursBreakdown(g.Key, g.Sum(h => h.Minutes), g.Sum(h => h.AttendanceCount)))
            .OrderBy(b => Enum.Parse<TrainingTier>(b.Key)).ToList();

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByForm(CancellationToken ct) =>
        (await Hours(ct)).GroupBy(h => h.Form).Select(g => new TrainingHoursBreakdown(g.Key, g.Sum(h => h.Minutes), g.Sum(h => h.AttendanceCount)))
            .OrderBy(b => Enum.Parse<TrainingForm>(b.Key)).ToList();

    private Task<List<HoursRow>> Hours(CancellationToken ct) => hours ??= Query<HoursRow>(s => s.HoursByTierAndForm()).ToListAsync(ct);

    private IQueryable<T> Query<T>(Func<TrainingComplianceSql, string> build)
    {
        var sql = Sql();
        var text = build(sql);
        return db.Database.SqlQueryRaw<T>(text, sql.Parameters);
    }
}

public sealed record RegionTrainingCompliance(Domain.Regions.Region Region, int MediatorCount, int CompliantCount);

/// <summary>Hours credited under one tier or form (key is the enum's name).</summary>
public sealed record TrainingHoursBreakdown(string Key, long Minutes, long AttendanceCount);
