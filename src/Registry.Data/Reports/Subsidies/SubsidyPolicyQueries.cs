using Registry.Domain.Subsidies;

namespace Registry.Data.Reports.Subsidies;

public static class SubsidyPolicyQueries
{
    /// <summary>The subsidy policies that can bear on a region: its own and its ancestors', and those of regions inside it.</summary>
    public static Task<List<SubsidyPolicy>> RelevantSubsidyPoliciesAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        var ancestors = RegionCode.SelfAndAncestors(regionCode).ToList();
        var (lower, upper) = (RegionCode.LowerBound(regionCode), RegionCode.UpperBound(regionCode));
        return db.SubsidyPolicies.AsNoTracking().AsSplitQuery()
            .Where(p => ancestors.Contains(p.RegionCode) || string.Compare(p.RegionCode, lower) >= 0 && string.Compare(p.RegionCode, upper) < 0)
            .OrderBy(p => p.Id).ToListAsync(ct);
    }
}
