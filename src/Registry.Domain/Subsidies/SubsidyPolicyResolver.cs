namespace Registry.Domain.Subsidies;

/// <summary>
/// The subsidy policy of a committee's region on a closing date: the most specific in force whose region covers it
/// (longest code, then the later effectiveFrom, then the higher id), as for staffing policies. The statement's SQL
/// restates this ordering (<c>SubsidySql</c>); a twin test keeps them together.
/// </summary>
public static class SubsidyPolicyResolver
{
    public static SubsidyPolicy? Governing(IEnumerable<SubsidyPolicy> policies, string regionCode, DateOnly on) =>
        policies
            .Where(p => p.IsInForceOn(on) && Regions.RegionCode.Covers(p.RegionCode, regionCode))
            .OrderByDescending(p => p.RegionCode.Length)
            .ThenByDescending(p => p.EffectiveFrom)
            .ThenByDescending(p => p.Id)
            .FirstOrDefault();
}
