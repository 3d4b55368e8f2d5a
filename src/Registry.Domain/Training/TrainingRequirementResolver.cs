namespace Registry.Domain.Training;

/// <summary>
/// Decides which training requirement governs a region on a date, the way staffing policies are resolved: the
/// candidates are the requirements in force on that date whose region covers the region asked about, ranked most
/// specific first (longest region code, then later effectiveFrom, then higher id).
/// <para>
/// Resolution is per figure: hours a year, practical sessions a year and pre-service hours each come from the
/// highest-ranked candidate that states them. Mianyang's "one practical training a year" therefore still governs a
/// county inside it that only sets hours; to lift an inherited minimum a requirement states it as 0.
/// </para>
/// </summary>
public static class TrainingRequirementResolver
{
    public static GoverningRequirement Resolve(IEnumerable<TrainingRequirement> requirements, string regionCode, DateOnly on)
    {
        TrainingRequirement? hours = null, practical = null, preService = null;
        foreach (var r in Candidates(requirements, regionCode, on))
        {
            if (hours is null && r.MinMinutesPerYear is not null) hours = r;
            if (practical is null && r.MinPracticalSessionsPerYear is not null) practical = r;
            if (preService is null && r.PreServiceMinutes is not null) preService = r;
        }
        return new GoverningRequirement(
            hours?.MinMinutesPerYear ?? 0, hours,
            practical?.MinPracticalSessionsPerYear ?? 0, practical,
            preService?.PreServiceMinutes ?? 0, preService);
    }

    /// <summary>
    /// The regions whose requirement can differ inside <paramref name="regionCode"/>: the region itself and every
    /// requirement region inside it, most specific first. A code in the subtree is governed by the first zone covering it.
    /// </summary>
    public static IReadOnlyList<(string Zone, GoverningRequirement Requirement)> Zones(
        IReadOnlyCollection<TrainingRequirement> requirements, string regionCode, DateOnly on) =>
        Regions.RegionalPolicy.Zones(requirements, regionCode, on).Select(code => (code, Resolve(requirements, code, on))).ToList();

    private static IEnumerable<TrainingRequirement> Candidates(IEnumerable<TrainingRequirement> requirements, string regionCode, DateOnly on) =>
        requirements
            .Where(r => r.IsInForceOn(on) && Regions.RegionCode.Covers(r.RegionCode, regionCode))
            .OrderByDescending(r => r.RegionCode.Length)
            .ThenByDescending(r => r.EffectiveFrom)
            .ThenByDescending(r => r.Id);
}
