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

    /// <summary>
    /// The zones of <paramref name="regionCode"/> on <paramref name="on"/>: the region of every ladder in force strictly
    /// inside it, most specific first (then by code), and last the region itself, each with the ladder governing it. A
    /// mediator is judged by the first zone where they serve (an appointment in force at a committee in its subtree): the
    /// ladder of the committee they serve, and of the most specific one when they serve in several zones. So a list for
    /// the country judges a Guangdong mediator by Guangdong's ladder, as a list for Guangdong does.
    /// </summary>
    public static IReadOnlyList<GradeZone> Zones(IReadOnlyCollection<GradeLadder> ladders, string regionCode, DateOnly on) =>
        Regions.RegionalPolicy.Zones(ladders, regionCode, on).Select(code => new GradeZone(code, Resolve(ladders, code, on))).ToList();
}
