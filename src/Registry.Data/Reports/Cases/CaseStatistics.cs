using Registry.Data.Querying;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

/// <summary>
/// Computes the case statistics of a region and period: GROUP BY queries over the region's committees' closed cases
/// (<see cref="CaseReportQueries"/>), by category and by child region; the ratios are the domain's (<see cref="CaseCounts"/>).
/// </summary>
public static class CaseStatistics
{
    public static async Task<CaseStatisticsReport> ComputeAsync(RegistryDbContext db, string regionCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var closed = CaseReportQueries.ClosedIn(db, db.Committees.InRegion(regionCode), from, to);
        var byCategory = await closed.Tally(c => c.Category).ToListAsync(ct);
        var totals = byCategory.Select(t => t.ToCounts()).Aggregate(CaseCounts.None, (a, b) => a + b);

        var children = await db.Regions.AsNoTracking().ChildrenOf(regionCode).Select(r => r.Code).OrderBy(c => c).ToListAsync(ct);
        var byRegion = new List<RegionCaseCounts>();
        if (children.Count > 0)
        {
            var length = children[0].Length;
            var tallies = await closed.Tally(c => c.RegionCode.Substring(0, length)).ToListAsync(ct);
            var counts = tallies.ToDictionary(t => t.Key, t => t.ToCounts());
            byRegion.AddRange(children.Select(code => new RegionCaseCounts(code, counts.GetValueOrDefault(code) ?? CaseCounts.None)));
        }
        return new CaseStatisticsReport(regionCode, from, to, totals,
            byCategory.Select(t => new CategoryCaseCounts(t.Key, t.ToCounts())).OrderByDescending(c => c.Stats.Closed).ThenBy(c => c.Category).ToList(),
            byRegion);
    }
}
