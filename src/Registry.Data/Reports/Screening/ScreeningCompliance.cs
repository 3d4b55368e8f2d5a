using Registry.Domain.Screening;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// Computes <c>screeningCompliance</c>: the domain decides the periods each group of units owes
/// (<see cref="ScreeningSchedule"/> per policy region and level), SQL counts per committee which of them have a
/// round and sums per child region; here the two are put together.
/// </summary>
public static class ScreeningCompliance
{
    public static async Task<ScreeningComplianceReport> ComputeAsync(RegistryDbContext db, string regionCode, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var policies = await db.RelevantScreeningPoliciesAsync(regionCode, ct);
        var sensitive = await db.SensitivePeriods.AsNoTracking().Where(s => s.EndsOn >= from && s.StartsOn <= to).ToListAsync(ct);
        var plan = Plan(policies, sensitive, from, to);
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == regionCode)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var childLength = children.Count == 0 ? regionCode.Length : children[0].Code.Length;
        var rows = plan.Groups.Count == 0 ? [] : await ScreeningComplianceQueries.ChildRowsAsync(db, plan, regionCode, from, to, childLength, ct);
        var coverage = await ScreeningComplianceQueries.CoverageAsync(db, regionCode, to, childLength, ct);
        var name = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(ct);
        var totals = ScreeningRegionCompliance.Sum(regionCode, name, rows, coverage);
        var byRegion = children.Count == 0 ? [] : children
            .Select(c => ScreeningRegionCompliance.Sum(c.Code, c.Name, rows.Where(r => r.Child == c.Code), coverage.Where(r => r.Child == c.Code)))
            .ToList();
        return new ScreeningComplianceReport(db, plan, regionCode, from, to, totals, byRegion);
    }

    /// <summary>One group per policy region and level that owes anything in the span.</summary>
    public static ScreeningPlan Plan(IReadOnlyCollection<ScreeningPolicy> policies, IReadOnlyCollection<SensitivePeriod> sensitive, DateOnly from, DateOnly to)
    {
        var groups = new List<ScreeningUnitGroup>();
        foreach (var region in policies.Select(p => p.RegionCode).Distinct().OrderByDescending(r => r.Length).ThenBy(r => r, StringComparer.Ordinal))
            foreach (var level in Enum.GetValues<ScreeningLevel>())
            {
                var periods = ScreeningSchedule.Required(policies, sensitive, region, level, from, to);
                if (periods.Count > 0) groups.Add(new ScreeningUnitGroup(groups.Count, region, level, periods));
            }
        return new ScreeningPlan(groups, policies.Select(p => p.RegionCode), from, to);
    }

    /// <summary>The policies that can bear on a region: its own and its ancestors', and those of regions inside it.</summary>
    public static Task<List<ScreeningPolicy>> RelevantScreeningPoliciesAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        var ancestors = RegionCode.SelfAndAncestors(regionCode).ToList();
        var upper = RegionCode.UpperBound(regionCode);
        return db.ScreeningPolicies.AsNoTracking()
            .Where(p => ancestors.Contains(p.RegionCode) || string.Compare(p.RegionCode, regionCode) >= 0 && string.Compare(p.RegionCode, upper) < 0)
            .OrderBy(p => p.Id).ToListAsync(ct);
    }
}
