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
    private Task<List<ReportRow>>? everything;

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

    /// <summary>Totals, children and the first page of those behind, from one pass over the per-mediator rows.</summary>
    private Task<List<ReportRow>> Everything(CancellationToken ct) =>
        everything ??= WithReportMemory(token => Query<ReportRow>(s => s.Everything(children.Select(c => c.Code).ToList(), PageRequest.MaxSize + 1)).ToListAsync(token), ct);

    private async Task<ReportRow> Summary(CancellationToken ct) => (await Everything(ct)).Single(r => r.Kind == "summary");

    public async Task<int> MediatorCount(CancellationToken ct) => (int)(await Summary(ct)).MediatorCount;

    public async Task<int> CompliantCount(CancellationToken ct) => (int)(await Summary(ct)).CompliantCount;

    public async Task<Page<ComplianceRow>> Behind(PageRequest page, CancellationToken ct)
    {
        if (page.After is null)
        {
            // The first page comes with the totals; later pages run their own query.
            var rows = (await Everything(ct)).Where(r => r.Kind == "behind").Select(r => new ComplianceRow
            {
                MediatorId = r.MediatorId, RequiredMinutes = r.RequiredMinutes, RequiredPractical = r.RequiredPractical,
                Minutes = r.Minutes, PracticalCount = r.PracticalCount,
            }).Take(page.First + 1).ToList();
            var more = rows.Count > page.First;
            if (more) rows.RemoveAt(rows.Count - 1);
            var summary = await Summary(ct);
            return new Page<ComplianceRow>(rows, rows.Select(r => PageRequest.EncodeCursor(r.MediatorId)).ToList(), more, false,
                _ => Task.FromResult((int)(summary.MediatorCount - summary.CompliantCount)));
        }
        var behind = Query<ComplianceRow>(s => s.MediatorRows())
            .Where(r => r.Minutes < r.RequiredMinutes || r.PracticalCount < r.RequiredPractical);
        var query = page.After is { } after ? behind.Where(r => r.MediatorId > after) : behind;
        var next = page.First == 0 ? [] : await WithReportMemory(token => query.OrderBy(r => r.MediatorId).Take(page.First + 1).ToListAsync(token), ct);
        var hasNext = next.Count > page.First;
        if (hasNext) next.RemoveAt(next.Count - 1);
        var total = await Summary(ct);
        return new Page<ComplianceRow>(next, next.Select(r => PageRequest.EncodeCursor(r.MediatorId)).ToList(), hasNext, true,
            _ => Task.FromResult((int)(total.MediatorCount - total.CompliantCount)));
    }

    public async Task<IReadOnlyList<RegionTrainingCompliance>> ByRegion(CancellationToken ct)
    {
        var byCode = (await Everything(ct)).Where(r => r.Kind == "child").ToDictionary(r => r.RegionCode!);
        return children.Select(c => byCode.TryGetValue(c.Code, out var r)
            ? new RegionTrainingCompliance(c, (int)r.MediatorCount, (int)r.CompliantCount)
            : new RegionTrainingCompliance(c, 0, 0)).ToList();
    }

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByTier(CancellationToken ct) =>
        (await Hours(ct)).GroupBy(h => h.Tier).Select(g => new TrainingHoursBreakdown(g.Key, g.Sum(h => h.Minutes), g.Sum(h => h.Count)))
            .OrderBy(b => Enum.Parse<TrainingTier>(b.Key)).ToList();

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByForm(CancellationToken ct) =>
        (await Hours(ct)).GroupBy(h => h.Form).Select(g => new TrainingHoursBreakdown(g.Key, g.Sum(h => h.Minutes), g.Sum(h => h.Count)))
            .OrderBy(b => Enum.Parse<TrainingForm>(b.Key)).ToList();

    private async Task<List<(string Tier, string Form, long Minutes, long Count)>> Hours(CancellationToken ct) =>
        (await Everything(ct)).Where(r => r.Kind == "hours").Select(r => r.RegionCode!.Split('|') is [var tier, var form]
            ? (tier, form, r.Minutes, r.MediatorCount) : throw new InvalidOperationException(r.RegionCode)).ToList();

    /// <summary>
    /// On PostgreSQL a report's hash aggregates over a province (about 200,000 mediators) need more than the default
    /// 4 MB work_mem to stay in memory; it is raised for the report's own transaction only. JIT is off there too: the
    /// plans' cost estimates are high enough to trigger it, and compiling them took longer than it saved (about 1.2 s of
    /// a 3.7 s province report).
    /// </summary>
    private async Task<T> WithReportMemory<T>(Func<CancellationToken, Task<T>> run, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres || db.Database.CurrentTransaction is not null) return await run(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64MB'; SET LOCAL jit = off", ct);
        var result = await run(ct);
        await tx.CommitAsync(ct);
        return result;
    }

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
