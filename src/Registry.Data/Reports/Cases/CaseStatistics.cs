using Registry.Data.Querying;
using Registry.Data.Reports.Sql;
using Registry.Domain.Disputes;

namespace Registry.Data.Reports.Cases;

/// <summary>
/// Computes the case statistics of a region and period: one GROUP BY over the region's committees' closed cases
/// (<see cref="CaseReportQueries"/>) by category and child region, summed here into the totals, the categories and the
/// child regions (one pass over the cases, not one per breakdown); the ratios are the domain's (<see cref="CaseCounts"/>).
/// A case whose committee lies in no child region (one of the region itself) counts in the totals and its category only.
/// </summary>
public static class CaseStatistics
{
    public static async Task<CaseStatisticsReport> ComputeAsync(RegistryDbContext db, string regionCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var children = await db.Regions.AsNoTracking().ChildrenOf(regionCode).Select(r => r.Code).OrderBy(c => c).ToListAsync(ct);
        var closed = CaseReportQueries.ClosedIn(db, db.Committees.InRegion(regionCode), from, to);
        // A large aggregate: in memory rather than sorted on disk, without JIT (which took 200 ms of a 900 ms statement).
        // Below the nation, a region's cases by its committees' index: its cost then follows its own cases, not the country's.
        var tuning = ReportTuning.LargeAggregatesFor(regionCode);
        var tallies = await new ReportSession(db, tuning)
            .RunAsync((_, token) => TallyAsync(db, closed, regionCode, children.Count > 0 ? children[0].Length : 0, token), ct);

        var totals = tallies.Aggregate(CaseCounts.None, (sum, t) => sum + t.Counts);
        var byCategory = tallies.GroupBy(t => t.Category)
            .Select(g => new CategoryCaseCounts(g.Key, g.Aggregate(CaseCounts.None, (sum, t) => sum + t.Counts)))
            .OrderByDescending(c => c.Stats.Closed).ThenBy(c => c.Category).ToList();
        var byChild = tallies.GroupBy(t => t.Child).ToDictionary(g => g.Key, g => g.Aggregate(CaseCounts.None, (sum, t) => sum + t.Counts));
        var byRegion = children.Select(code => new RegionCaseCounts(code, byChild.GetValueOrDefault(code) ?? CaseCounts.None)).ToList();
        return new CaseStatisticsReport(regionCode, from, to, totals, byCategory, byRegion);
    }

    /// <summary>
    /// The cases counted by category and by the child of <paramref name="regionCode"/> their committee lies in (none: by
    /// category). The child is found by joining the child regions on the code's first <paramref name="childLength"/>
    /// characters, so that PostgreSQL knows there are a few of them and hashes the groups; grouping on the prefix itself
    /// it expects a group for every committee's code and sorts every case.
    /// </summary>
    private static async Task<List<(DisputeCategory Category, string Child, CaseCounts Counts)>> TallyAsync(RegistryDbContext db,
        IQueryable<ClosedCase> closed, string regionCode, int childLength, CancellationToken ct)
    {
        if (childLength == 0)
            return (await closed.Tally(c => c.Category).ToListAsync(ct)).Select(t => (t.Key, "", t.ToCounts())).ToList();
        var children = db.Regions.ChildrenOf(regionCode).Select(r => r.Code);
        var inChildren =
            from c in closed
            join code in children on c.RegionCode.Substring(0, childLength) equals code into matched
            from child in matched.DefaultIfEmpty()
            select new ClosedCase
            {
                CommitteeId = c.CommitteeId, RegionCode = child ?? "", LeadMediatorId = c.LeadMediatorId, Category = c.Category,
                Outcome = c.Outcome, TurnedCriminal = c.TurnedCriminal, EnteredLate = c.EnteredLate, FollowedUp = c.FollowedUp,
                DaysToClose = c.DaysToClose,
            };
        var tallies = await inChildren.Tally(c => new { c.Category, Child = c.RegionCode }).ToListAsync(ct);
        return tallies.Select(t => (t.Key.Category, t.Key.Child, t.ToCounts())).ToList();
    }
}
