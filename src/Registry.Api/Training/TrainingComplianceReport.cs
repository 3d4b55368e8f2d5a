using Registry.Api.Schema.Paging;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// Who in a region meets the training requirement for a year. Every figure is one aggregate query, run only when a
/// client asks for it: the totals, child regions and first page of those behind come from one statement, the hours by
/// tier and form from another. On PostgreSQL the hours run on a second connection while the first statement runs.
/// </summary>
public sealed class TrainingComplianceReport
{
    private readonly RegistryDbContext db;
    private readonly TrainingComplianceSql template;
    private readonly IReadOnlyList<Domain.Regions.Region> children;
    private readonly bool hoursWanted;
    private Task<List<ReportRow>>? everything;
    private Task<List<HoursRow>>? hours;

    internal TrainingComplianceReport(RegistryDbContext db, string regionCode, int year, DateOnly referenceDate,
        GoverningRequirement requirement, IReadOnlyList<(string Zone, GoverningRequirement Requirement)> zones,
        IReadOnlyList<Domain.Regions.Region> children, bool hoursWanted)
    {
        this.db = db;
        RegionCode = regionCode;
        Year = year;
        ReferenceDate = referenceDate;
        Requirement = requirement;
        this.children = children;
        this.hoursWanted = hoursWanted;
        // Child regions' codes all have one length (the next level down); with none, every committee is "in" the region itself.
        var childLength = children.Count == 0 ? regionCode.Length : children[0].Code.Length;
        template = new TrainingComplianceSql(regionCode, referenceDate, year, childLength, zones);
    }

    public string RegionCode { get; }
    public int Year { get; }
    /// <summary>The day whose roster is counted and whose requirement governs: 31 December, or today for the current year.</summary>
    public DateOnly ReferenceDate { get; }
    /// <summary>The requirement governing the region itself; subregions may add their own.</summary>
    public GoverningRequirement Requirement { get; }

    /// <summary>Totals, children and the first page of those behind, from one pass over the per-mediator rows.</summary>
    private Task<List<ReportRow>> Everything(CancellationToken ct)
    {
        if (everything is not null) return everything;
        // Fields resolve one at a time, so the hours would only start once this statement is done; on PostgreSQL they
        // are started first, on their own connection, when the request asks for them.
        if (hoursWanted && db.Provider == DatabaseProvider.Postgres) _ = Hours(ct);
        return everything = WithReportSettings(db, (context, token) => Query<ReportRow>(context, s => s.Everything(PageRequest.MaxSize + 1)).ToListAsync(token), ct);
    }

    private async Task<(long Mediators, long Compliant)> Totals(CancellationToken ct)
    {
        var tallies = (await Everything(ct)).Where(r => r.Kind == "tally").ToList();
        return (tallies.Sum(r => r.MediatorCount), tallies.Sum(r => r.CompliantCount));
    }

    public async Task<int> MediatorCount(CancellationToken ct) => (int)(await Totals(ct)).Mediators;

    public async Task<int> CompliantCount(CancellationToken ct) => (int)(await Totals(ct)).Compliant;

    private async Task<int> BehindCount(CancellationToken ct)
    {
        var (mediators, compliant) = await Totals(ct);
        return (int)(mediators - compliant);
    }

    public async Task<Page<ComplianceRow>> Behind(PageRequest page, CancellationToken ct)
    {
        List<ComplianceRow> rows;
        if (page.After is not { } after)
        {
            // The first page comes with the totals; later pages run their own query.
            rows = (await Everything(ct)).Where(r => r.Kind == "behind").Select(r => new ComplianceRow
            {
                MediatorId = r.MediatorId, RequiredMinutes = r.RequiredMinutes, RequiredPractical = r.RequiredPractical,
                Minutes = r.Minutes, PracticalCount = r.PracticalCount,
            }).Take(page.First + 1).ToList();
        }
        else
        {
            rows = page.First == 0 ? [] : await WithReportSettings(db, (context, token) =>
                Query<ComplianceRow>(context, s => s.BehindAfter(after, page.First + 1)).ToListAsync(token), ct);
        }
        var more = rows.Count > page.First;
        if (more) rows.RemoveAt(rows.Count - 1);
        var total = await BehindCount(ct);
        return new Page<ComplianceRow>(rows, rows.Select(r => PageRequest.EncodeCursor(r.MediatorId)).ToList(), more, page.After is not null,
            _ => Task.FromResult(total));
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
        (await Hours(ct)).GroupBy(h => h.Tier).Select(g => new TrainingHoursBreakdown(g.Key, g.Sum(h => h.Minutes), g.Sum(h => h.Attendances)))
            .OrderBy(b => Enum.Parse<TrainingTier>(b.Key)).ToList();

    public async Task<IReadOnlyList<TrainingHoursBreakdown>> HoursByForm(CancellationToken ct) =>
        (await Hours(ct)).GroupBy(h => h.Form).Select(g => new TrainingHoursBreakdown(g.Key, g.Sum(h => h.Minutes), g.Sum(h => h.Attendances)))
            .OrderBy(b => Enum.Parse<TrainingForm>(b.Key)).ToList();

    /// <summary>The hours statement: on a sibling connection on PostgreSQL, on the request's own on SQLite (after the rest).</summary>
    private Task<List<HoursRow>> Hours(CancellationToken ct) => hours ??= db.Provider == DatabaseProvider.Postgres ? OnSibling(ct) : OnOwn(ct);

    /// <summary>
    /// Beside the main statement the hours take one core, without parallel workers: they finish first all the same, and
    /// workers of theirs would only compete with the main statement for the cores.
    /// </summary>
    private async Task<List<HoursRow>> OnSibling(CancellationToken ct)
    {
        await using var sibling = db.CreateSibling();
        return await WithReportSettings(sibling, (c, token) => Query<HoursRow>(c, s => s.Hours()).ToListAsync(token), ct,
            besideAnother: true);
    }

    private Task<List<HoursRow>> OnOwn(CancellationToken ct) =>
        WithReportSettings(db, (c, token) => Query<HoursRow>(c, s => s.Hours()).ToListAsync(token), ct);

    /// <summary>
    /// On PostgreSQL a report's hash aggregates over a province (about 200,000 mediators) need more than the default
    /// 4 MB work_mem to stay in memory; it is raised for the report's own transaction only. JIT is off there too: the
    /// plans' cost estimates are high enough to trigger it, and compiling them took longer than it saved (about 1.2 s of
    /// a 3.7 s province report).
    /// </summary>
    private static async Task<T> WithReportSettings<T>(RegistryDbContext context, Func<RegistryDbContext, CancellationToken, Task<T>> run,
        CancellationToken ct, bool besideAnother = false)
    {
        if (context.Provider != DatabaseProvider.Postgres || context.Database.CurrentTransaction is not null) return await run(context, ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        await context.Database.ExecuteSqlRawAsync(besideAnother
            ? "SET LOCAL work_mem = '64MB'; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0"
            : "SET LOCAL work_mem = '64MB'; SET LOCAL jit = off", ct);
        var result = await run(context, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    private IQueryable<T> Query<T>(RegistryDbContext context, Func<TrainingComplianceSql, string> build)
    {
        var sql = template.Fresh();
        var text = build(sql);
        return context.Database.SqlQueryRaw<T>(text, sql.Parameters);
    }
}

public sealed record RegionTrainingCompliance(Domain.Regions.Region Region, int MediatorCount, int CompliantCount);

/// <summary>Hours credited under one tier or form (key is the enum's name).</summary>
public sealed record TrainingHoursBreakdown(string Key, long Minutes, long AttendanceCount);
