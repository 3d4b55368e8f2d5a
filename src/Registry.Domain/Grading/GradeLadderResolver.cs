namespace Registry.Domain.Grading;

/// <summary>
/// Which ladder governs a region on a date: among the ladders in force whose region covers it, the most specific
/// (longest region code, the national default "CN" last; then later effectiveFrom, then higher id) — as for staffing policies. A ladder is taken
/// whole: its levels are one ordering, so a city's 首席 ladder replaces the province's rather than adding to it.
/// </summary>
public static class GradeLadderResolver
{
    public static GradeLadder? Resolve(IEnumerable<GradeLadder> ladders, string regionCode, DateOnly on) =>
        ladders
            .Where(l => l.IsInForceOn(on) && l.Covers(regionCode))
            .OrderByDescending(l => l.Specificity)
            .ThenByDescending(l => l.EffectiveFrom)
            .ThenByDescending(l => l.Id)
            .FirstOrDefault();
}
