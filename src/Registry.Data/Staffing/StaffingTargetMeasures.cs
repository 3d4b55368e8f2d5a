using Registry.Data.Querying;

namespace Registry.Data.Staffing;

/// <summary>
/// Measures each aggregate target in force for a region as <see cref="TargetMetric"/> defines it. Most come from the
/// committee rows already loaded; the rest are one small query each, run only when a policy sets that target.
/// A metric that cannot be measured for the region (no prefectures in a county, no villages loaded) gives null.
/// </summary>
internal static class StaffingTargetMeasures
{
    public static async Task<List<TargetResult>> MeasureAsync(RegistryDbContext db, string regionCode, DateOnly asOf,
        IReadOnlyList<StaffingPolicy> policies, IReadOnlyList<CommitteeStaffingRow> rows, Task<StaffingTallies> tallied,
        Task<Dictionary<string, int>>? fullTimeYearBefore, CancellationToken ct)
    {
        var governing = StaffingPolicyResolver.GoverningTargets(policies, regionCode, asOf);
        Dictionary<RegionLevel, int>? divisions = null;
        async Task<int> Divisions(RegionLevel level) =>
            (divisions ??= await db.DivisionCountsAsync(regionCode, ct)).GetValueOrDefault(level);

        var results = new List<TargetResult>();
        foreach (var (target, policy) in governing.Select(g => (g.Target, g.Policy)))
        {
            double? actual = target.Metric switch
            {
                TargetMetric.FullTimeShare => ShareOf(await tallied),
                TargetMetric.FullTimeGrowth => await SlowestGrowthAsync(db, regionCode, asOf, rows, fullTimeYearBefore, ct),
                TargetMetric.ExpertPoolPrefectureCoverage =>
                    Ratio(await ExpertPoolRegionsAsync(db, regionCode, asOf, 4, ct), await Divisions(RegionLevel.Prefecture)),
                TargetMetric.ExpertPoolCountyCoverage =>
                    Ratio(await ExpertPoolRegionsAsync(db, regionCode, asOf, 6, ct), await Divisions(RegionLevel.County)),
                TargetMetric.MediationCenterPrefectureCoverage =>
                    Ratio(DistinctCodes(rows, r => r.Kind == CommitteeKind.MediationCenter && r.RegionCode.Length == 4, 4), await Divisions(RegionLevel.Prefecture)),
                TargetMetric.MediationCenterCountyCoverage =>
                    Ratio(DistinctCodes(rows, r => r.Kind == CommitteeKind.MediationCenter && r.RegionCode.Length == 6, 6), await Divisions(RegionLevel.County)),
                TargetMetric.DispatchedOfficeCoverage =>
                    Ratio(DistinctCodes(rows, r => r.Kind == CommitteeKind.DispatchedOffice && r.RegionCode.Length >= 6, 6), await Divisions(RegionLevel.County)),
                TargetMetric.VillageCommitteeCoverage =>
                    Ratio(DistinctCodes(rows, r => r.Kind is CommitteeKind.Village or CommitteeKind.Community && r.RegionCode.Length == 12, 12), await Divisions(RegionLevel.Village)),
                TargetMetric.TownshipCommitteeCoverage =>
                    Ratio(DistinctCodes(rows, r => r.Kind is CommitteeKind.Township or CommitteeKind.Subdistrict && r.RegionCode.Length == 9, 9), await Divisions(RegionLevel.Township)),
                TargetMetric.StandardisedTownshipShare => StandardisedTownshipShare(rows),
                TargetMetric.PersonalStudioCount => await db.BrandStudios.InRegion(regionCode)
                    .CountAsync(s => s.Kind == BrandStudioKind.Personal && s.NamedOn <= asOf, ct),
                TargetMetric.NewIndustryCommitteesPerCounty => await FewestNewIndustryCommitteesAsync(db, regionCode, policy.EffectiveFrom, rows, ct),
                TargetMetric.StandardisedChamberCommitteeCount => rows.Count(r => r.Kind == CommitteeKind.ChamberOfCommerce && r.IsStandardised),
                TargetMetric.BrandStudiosPerCounty => await FewestBrandStudiosAsync(db, regionCode, asOf, ct),
                _ => null,
            };
            bool? met = actual is { } value ? value >= (double)target.Target - 1e-9 : null;
            results.Add(new TargetResult(target.Metric, target.Target, actual, met, target.Deadline, policy));
        }
        return results;
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static int DistinctCodes(IEnumerable<CommitteeStaffingRow> rows, Func<CommitteeStaffingRow, bool> which, int length) =>
        rows.Where(which).Select(r => r.RegionCode[..length]).Distinct().Count();

    private static double? StandardisedTownshipShare(IReadOnlyList<CommitteeStaffingRow> rows)
    {
        var townships = rows.Where(r => r.Kind is CommitteeKind.Township or CommitteeKind.Subdistrict).ToList();
        return townships.Count == 0 ? null : (double)townships.Count(r => r.IsStandardised) / townships.Count;
    }

    private static async Task<int> ExpertPoolRegionsAsync(RegistryDbContext db, string regionCode, DateOnly asOf, int length, CancellationToken ct) =>
        await db.ExpertPools.InRegion(regionCode)
            .Where(p => p.EstablishedOn <= asOf && p.RegionCode.Length == length)
            .Select(p => p.RegionCode).Distinct().CountAsync(ct);

    private static double ShareOf(StaffingTallies tallies) => StaffingCompliance.Share(tallies.FullTime, tallies.All);

    /// <summary>Whether a growth target governs the region on the day, so the full-time count of a year earlier is needed.</summary>
    public static bool NeedsYearBefore(IReadOnlyList<StaffingPolicy> policies, string regionCode, DateOnly asOf) =>
        StaffingPolicyResolver.GoverningTargets(policies, regionCode, asOf).Any(g => g.Target.Metric == TargetMetric.FullTimeGrowth);

    /// <summary>Growth is measured per prefecture, or for the region itself when it lies below prefecture level.</summary>
    private static int GrowthPrefixLength(string regionCode) => Math.Max(4, regionCode.Length);

    /// <summary>Full-time mediators a year before <paramref name="asOf"/>, per prefecture (see <see cref="GrowthPrefixLength"/>).</summary>
    public static Task<Dictionary<string, int>> FullTimeYearBeforeAsync(RegistryDbContext db, string regionCode, DateOnly asOf, CancellationToken ct) =>
        db.FullTimeMediatorsAsync(regionCode, asOf.AddYears(-1), GrowthPrefixLength(regionCode), ct);

    /// <summary>
    /// The lowest year-on-year growth of full-time mediators over the prefectures of the region (the region itself
    /// when it lies below prefecture level). A prefecture with none a year earlier has no rate and is left out.
    /// </summary>
    private static async Task<double?> SlowestGrowthAsync(RegistryDbContext db, string regionCode, DateOnly asOf,
        IReadOnlyList<CommitteeStaffingRow> rows, Task<Dictionary<string, int>>? fullTimeYearBefore, CancellationToken ct)
    {
        var length = GrowthPrefixLength(regionCode);
        var before = await (fullTimeYearBefore ?? FullTimeYearBeforeAsync(db, regionCode, asOf, ct));
        var now = rows.Where(r => r.RegionCode.Length >= length).GroupBy(r => r.RegionCode[..length])
            .ToDictionary(g => g.Key, g => g.Sum(r => r.FullTime));
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
        IReadOnlyList<CommitteeStaffingRow> rows, CancellationToken ct)
    {
        var counties = await CountiesAsync(db, regionCode, ct);
        if (counties.Count == 0) return null;
        var perCounty = rows
            .Where(r => r.Kind == CommitteeKind.IndustryProfessional && r.EstablishedOn >= since && r.RegionCode.Length >= 6)
            .GroupBy(r => r.RegionCode[..6]).ToDictionary(g => g.Key, g => g.Count());
        return counties.Min(c => perCounty.GetValueOrDefault(c));
    }
}
