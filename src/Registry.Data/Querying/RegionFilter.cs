using System.Linq.Expressions;

namespace Registry.Data.Querying;

/// <summary>Region subtree filters, written as a code range so that both databases use the region-code index.</summary>
public static class RegionFilter
{
    public static IQueryable<T> InRegion<T>(this IQueryable<T> query, string? regionCode) where T : IRegional =>
        query.InRegion(x => x.RegionCode, regionCode);

    /// <summary>Rows whose <paramref name="code"/> lies in the subtree of <paramref name="regionCode"/>; null means everywhere.</summary>
    public static IQueryable<T> InRegion<T>(this IQueryable<T> query, Expression<Func<T, string?>> code, string? regionCode) =>
        string.IsNullOrEmpty(regionCode) ? query : query.Where(Within(code, regionCode));

    /// <summary><c>prefix &lt;= code &lt; UpperBound(prefix)</c>, with the bounds sent as SQL parameters.</summary>
    public static Expression<Func<T, bool>> Within<T>(Expression<Func<T, string?>> code, string prefix)
    {
        var bounds = Expression.Constant(new Bounds(RegionCode.LowerBound(prefix), RegionCode.UpperBound(prefix)));
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        Expression Compare(string bound) =>
            Expression.Call(compare, code.Body, Expression.Property(bounds, bound));
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Compare(nameof(Bounds.Lower)), Expression.Constant(0)),
            Expression.LessThan(Compare(nameof(Bounds.Upper)), Expression.Constant(0)));
        return Expression.Lambda<Func<T, bool>>(body, code.Parameters);
    }

    private sealed record Bounds(string Lower, string Upper);
}
