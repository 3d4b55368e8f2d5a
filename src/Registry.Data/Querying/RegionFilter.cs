namespace Registry.Data.Querying;

/// <summary>Region subtree filters, written as a code range so that both databases use the region-code index.</summary>
public static class RegionFilter
{
    public static IQueryable<T> InRegion<T>(this IQueryable<T> query, string? regionCode) where T : IRegional
    {
        if (string.IsNullOrEmpty(regionCode)) return query;
        var upper = RegionCode.UpperBound(regionCode);
        return query.Where(x => string.Compare(x.RegionCode, regionCode) >= 0 && string.Compare(x.RegionCode, upper) < 0);
    }
}
