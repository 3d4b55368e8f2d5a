namespace Registry.Data.Reports.Staffing;

public static class StaffingPolicies
{
    /// <summary>
    /// The policies that can bear on a region: those of the region and its ancestors (they govern it) and those of
    /// regions inside it (they govern the committees there). Policies are few, so they are resolved in memory.
    /// </summary>
    public static IQueryable<StaffingPolicy> BearingOn(this IQueryable<StaffingPolicy> policies, string regionCode)
    {
        var ancestors = RegionCode.SelfAndAncestors(regionCode).ToList();
        var (lower, upper) = (RegionCode.LowerBound(regionCode), RegionCode.UpperBound(regionCode));
        return policies.Where(p => ancestors.Contains(p.RegionCode)
                                   || string.Compare(p.RegionCode, lower) >= 0 && string.Compare(p.RegionCode, upper) < 0);
    }

    public static Task<List<StaffingPolicy>> RelevantStaffingPoliciesAsync(this RegistryDbContext db, string regionCode, CancellationToken ct) =>
        db.StaffingPolicies.AsNoTracking().BearingOn(regionCode).OrderBy(p => p.Id).ToListAsync(ct);
}
