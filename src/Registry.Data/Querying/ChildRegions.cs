using Registry.Domain.Regions;

namespace Registry.Data.Querying;

public static class ChildRegions
{
    /// <summary>The regions one level below <paramref name="code"/>: the provinces for <see cref="RegionCode.Nation"/>.</summary>
    public static IQueryable<Region> ChildrenOf(this IQueryable<Region> regions, string code) =>
        code == RegionCode.Nation ? regions.Where(r => r.ParentCode == null) : regions.Where(r => r.ParentCode == code);
}
