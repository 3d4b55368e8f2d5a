namespace Registry.Data.Reports.Sql;

/// <summary>
/// Planner settings a report's statements run with on PostgreSQL, for their own transaction only (<c>SET LOCAL</c>);
/// SQLite has none to set. <see cref="None"/> runs statements as they are, outside any transaction of the report's.
/// </summary>
public sealed record ReportTuning(string? WorkMem, bool JitOff, string? RandomPageCost = null)
{
    public static readonly ReportTuning None = new(null, false);

    /// <summary>
    /// For hash aggregates over a province (about 200,000 mediators): the default 4 MB work_mem spills them to disk, so
    /// it is raised; JIT is off because the plans' cost estimates trigger it and compiling took longer than it saved
    /// (about 1.2 s of a 3.7 s province training report).
    /// </summary>
    public static readonly ReportTuning LargeAggregates = new("64MB", JitOff: true);

    /// <summary>
    /// <see cref="LargeAggregates"/>, with random reads priced at 1.1 (the data cached, as on SSDs) instead of 4, for a
    /// region's share of a large table read through an index on its committees. On the national cases (15 million a year)
    /// ANALYZE's sample puts 69,297 distinct committees in <c>cases_2026</c> where there are 681,651, so the planner
    /// expects ten times the cases per committee, prices the index look-ups accordingly and scans the whole year's
    /// partition for one province instead (3.5 s against 0.6 s for Hebei's quarter).
    /// </summary>
    public static readonly ReportTuning LargeAggregatesByIndex = LargeAggregates with { RandomPageCost = "1.1" };

    /// <summary>
    /// The tuning for a report over <paramref name="regionCode"/>'s cases: <see cref="LargeAggregatesByIndex"/> below the
    /// country, which reads a region's share through its committees' index; the country reads them all.
    /// </summary>
    public static ReportTuning LargeAggregatesFor(string regionCode) =>
        regionCode == Domain.Regions.RegionCode.Nation ? LargeAggregates : LargeAggregatesByIndex;

    public bool IsNone => WorkMem is null && !JitOff && RandomPageCost is null;

    /// <summary>
    /// The <c>SET LOCAL</c> statements. <paramref name="besideAnother"/>: a statement that runs beside the report's main
    /// one takes one core, without parallel workers; it finishes first all the same, and workers of its own would only
    /// compete with the main statement for the cores.
    /// </summary>
    public string SetLocal(bool besideAnother)
    {
        var settings = new List<string>();
        if (WorkMem is not null) settings.Add($"SET LOCAL work_mem = '{WorkMem}'");
        if (JitOff) settings.Add("SET LOCAL jit = off");
        if (RandomPageCost is not null) settings.Add($"SET LOCAL random_page_cost = {RandomPageCost}");
        if (besideAnother) settings.Add("SET LOCAL max_parallel_workers_per_gather = 0");
        return string.Join("; ", settings);
    }
}
