using Registry.Data.Querying;
using Registry.Data.Reports.Sql;

namespace Registry.Data.Reports.Staffing;

/// <summary>
/// Measures each aggregate target in force for a region as <see cref="TargetMetric"/> defines it: the full-time share
/// from the mediator tallies, each of the others by one small aggregate query over the region's active committees
/// (or its pools and studios), run only when a policy sets that target.
/// A metric that cannot be measured for the region (no prefectures in a county, no villages loaded) gives null.
/// </summary>
internal static class StaffingTargetMeasures
{
    public static async Task<List<TargetResult>> MeasureAsync(RegistryDbContext db, string regionCode, DateOnly asOf,
        IReadOnlyList<StaffingPolicy> policies, SideWork<StaffingTallies> tallied, CancellationToken ct)
    {
        var active = db.ActiveCommittees(regionCode, asOf);
        var governing = StaffingPolicyResolver.GoverningTargets(policies, regionCode, asOf);
        Dictionary<RegionLevel, int>? divisions = null;
        async Task<int> Divisions(RegionLevel level) =>
            (divisions ??= await db.DivisionCountsAsync(regionCode, ct)).GetValueOrDefault(level);

        var results = new List<TargetResult>();
        foreach (var (target, policy) in governing.Select(g => (g.Target, g.Policy)))
        {
            double? actual = target.Metric switch
            {
                TargetMetric.FullTimeShare => ShareOf(await tallied.Result),
                TargetMetric.FullTimeGrowth => await SlowestGrowthAsync(db, regionCode, asOf, ct),
                TargetMetric.ExpertPoolPrefectureCoverage =>
                    Ratio(await ExpertPoolRegionsAsync(db, regionCode, asOf, 4, ct), await Divisions(RegionLevel.Prefecture)),
                TargetMetric.ExpertPoolCountyCoverage =>
                    Ratio(await ExpertPoolRegionsAsync(db, regionCode, asOf, 6, ct), await Divisions(RegionLevel.County)),
                TargetMetric.MediationCenterPrefectureCoverage =>
                    Ratio(await DistinctCodesAsync(active.Where(c => c.Kind == CommitteeKind.MediationCenter && c.RegionCode.Length == 4), 4, ct), await Divisions(RegionLevel.Prefecture)),
                TargetMetric.MediationCenterCountyCoverage =>
                    Ratio(await DistinctCodesAsync(active.Where(c => c.Kind == CommitteeKind.MediationCenter && c.RegionCode.Length == 6), 6, ct), await Divisions(RegionLevel.County)),
                TargetMetric.DispatchedOfficeCoverage =>
                    Ratio(await DistinctCodesAsync(active.Where(c => c.Kind == CommitteeKind.DispatchedOffice && c.RegionCode.Length >= 6), 6, ct), await Divisions(RegionLevel.County)),
                TargetMetric.VillageCommitteeCoverage =>
                    Ratio(await DistinctCodesAsync(active.Where(c => (c.Kind == CommitteeKind.Village || c.Kind == CommitteeKind.Community) && c.RegionCode.Length == 12), 12, ct), await Divisions(RegionLevel.Village)),
                TargetMetric.TownshipCommitteeCoverage =>
                    Ratio(await DistinctCodesAsync(active.Where(c => (c.Kind == CommitteeKind.Township || c.Kind == CommitteeKind.Subdistrict) && c.RegionCode.Length == 9), 9, ct), await Divisions(RegionLevel.Township)),
                TargetMetric.StandardisedTownshipShare => await StandardisedTownshipShareAsync(active, ct),
                TargetMetric.PersonalStudioCount => await db.BrandStudios.InRegion(regionCode)
                    .CountAsync(s => s.Kind == BrandStudioKind.Personal && s.NamedOn <= asOf, ct),
                TargetMetric.NewIndustryCommitteesPerCounty => await FewestNewIndustryCommitteesAsync(db, regionCode, policy.EffectiveFrom, active, ct),
                TargetMetric.StandardisedChamberCommitteeCount => await active.Where(c => c.Kind == CommitteeKind.ChamberOfCommerce).CountAsync(Committee.Standardised, ct),
                TargetMetric.BrandStudiosPerCounty => await FewestBrandStudiosAsync(db, regionCode, asOf, ct),
                _ => null,
            };
            bool? met = actual is { } value ? value >= (double)target.Target - 1e-9 : null;
            results.Add(new TargetResult(target.Metric, target.Target, actual, met, target.Deadline, policy));
        }
        return results;
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>How many distinct code prefixes of <paramref name="length"/> the committees sit in.</summary>
    private static Task<int> DistinctCodesAsync(IQueryable<Committee> committees, int length, CancellationToken ct) =>
        committees.Select(c => c.RegionCode.Substring(0, length)).Distinct().CountAsync(ct);

    private static async Task<double?> StandardisedTownshipShareAsync(IQueryable<Committee> active, CancellationToken ct)
    {
        var townships = active.Where(c => c.Kind == CommitteeKind.Township || c.Kind == CommitteeKind.Subdistrict);
        var all = await townships.CountAsync(ct);
        return all == 0 ? null : (double)await townships.CountAsync(Committee.Standardised, ct) / all;
    }

    private static async Task<int> ExpertPoolRegionsAsync(RegistryDbContext db, string regionCode, DateOnly asOf, int length, CancellationToken ct) =>
        await db.ExpertPools.InRegion(regionCode)
            .Where(p => p.EstablishedOn <= asOf && p.RegionCode.Length == length)
            .Select(p => p.RegionCode).Distinct().CountAsync(ct);

    private static double ShareOf(StaffingTallies tallies) => StaffingCompliance.Share(tallies.FullTime, tallies.All);

    /// <summary>
    /// The lowest year-on-year growth of full-time mediators over the prefectures of the region (the region itself
    /// when it lies below prefecture level). A prefecture with none a year earlier has no rate and is left out. Both
    /// days are counted the same way (<see cref="StaffingReportQueries.FullTimeMediatorsAsync"/>).
    /// </summary>
    private static async Task<double?> SlowestGrowthAsync(RegistryDbContext db, string regionCode, DateOnly asOf, CancellationToken ct)
    {
        var length = Math.Max(4, regionCode.Length);
        var before = await db.FullTimeMediatorsAsync(regionCode, asOf.AddYears(-1), length, ct);
        var now = await db.FullTimeMediatorsAsync(regionCode, asOf, length, ct);
        var rates = before.Where(b => b.Value > 0)
            .Select(b => (double)now.GetValueOrDefault(b.Key) / b.Value - 1)
            .ToList();
        return rates.Count == 0 ? null : rates.Min();
    }

    /// <summary>The smallest number, over the counties of the region, of brand studios named there by <paramref name="asOf"/>.</summary>
    private static async Task<double?> FewestBrandStudiosAsync(RegistryDbContext db, string regionCode, DateOnly asOf, CancellationToken ct)
    {
        var counties = await CountiesAsync(db, regionCode, ct);
        if (counties.Count == 0) return null;
        var perCounty = await db.BrandStudios.InRegion(regionCode)
            .Where(s => s.NamedOn <= asOf && s.RegionCode.Length >= 6)
            .GroupBy(s => s.RegionCode.Substring(0, 6))
            .Select(g => new { County = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.County, x => x.Count, ct);
        return counties.Min(c => perCounty.GetValueOrDefault(c));
    }

    /// <summary>The counties a per-county target is measured over: the region's own county when it lies at or below county level.</summary>
    private static async Task<List<string>> CountiesAsync(RegistryDbContext db, string regionCode, CancellationToken ct) =>
        regionCode.Length >= 6 ? [regionCode[..6]] : await db.DivisionCodesAsync(regionCode, RegionLevel.County, ct);

    /// <summary>The smallest number, over the counties of the region, of industry committees established since the policy took effect.</summary>
    private static async Task<double?> FewestNewIndustryCommitteesAsync(RegistryDbContext db, string regionCode, DateOnly since,
        IQueryable<Committee> active, CancellationToken ct)
    {
        var counties = await CountiesAsync(db, regionCode, ct);
        if (counties.Count == 0) return null;
        var perCounty = await active
            .Where(c => c.Kind == CommitteeKind.IndustryProfessional && c.EstablishedOn >= since && c.RegionCode.Length >= 6)
            .GroupBy(c => c.RegionCode.Substring(0, 6))
            .Select(g => new { County = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.County, x => x.Count, ct);
        return counties.Min(c => perCounty.GetValueOrDefault(c));
    }
}
