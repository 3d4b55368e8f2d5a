namespace Registry.Domain.Screening;

/// <summary>
/// Which screening rule governs a level in a region on a day: among the policies in force whose region covers it, the
/// most specific (longest code; then the later effectiveFrom, then the higher id) that states a cadence for the level.
/// Mianyang's county-level 每月 governs a Mianyang mediation centre even if a Sichuan policy said otherwise; where
/// Mianyang is silent on a level, the enclosing region's rule still governs it.
/// </summary>
public static class ScreeningPolicyResolver
{
    public static GoverningScreeningRule? GoverningRule(IEnumerable<ScreeningPolicy> policies, string regionCode, ScreeningLevel level, DateOnly on) =>
        Candidates(policies, regionCode, on)
            .Select(p => p.RuleFor(level) is { } rule ? new GoverningScreeningRule(rule, p) : null)
            .FirstOrDefault(g => g is not null);

    /// <summary>The policy whose serious-risk limit applies in a region on a day: the most specific in force that sets one.</summary>
    public static ScreeningPolicy? LimitPolicy(IEnumerable<ScreeningPolicy> policies, string regionCode, DateOnly on) =>
        Candidates(policies, regionCode, on).FirstOrDefault(p => p.SeriousRiskLimitDays is not null);

    private static IEnumerable<ScreeningPolicy> Candidates(IEnumerable<ScreeningPolicy> policies, string regionCode, DateOnly on) =>
        policies
            .Where(p => p.IsInForceOn(on) && Regions.RegionCode.Covers(p.RegionCode, regionCode))
            .OrderByDescending(p => p.RegionCode.Length)
            .ThenByDescending(p => p.EffectiveFrom)
            .ThenByDescending(p => p.Id);
}
