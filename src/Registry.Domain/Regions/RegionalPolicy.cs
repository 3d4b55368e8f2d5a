using Registry.Domain.Common;

namespace Registry.Domain.Regions;

public static class RegionalPolicy
{
    /// <summary>
    /// The regions inside <paramref name="regionCode"/> whose policy can differ on <paramref name="on"/>: the region of
    /// every one of <paramref name="policies"/> in force strictly inside it, most specific first (then by code), and last
    /// the region itself. A code in the subtree belongs to the first of them covering it.
    /// </summary>
    public static IReadOnlyList<string> Zones<T>(IEnumerable<T> policies, string regionCode, DateOnly on) where T : IRegionalPolicy =>
        policies
            .Where(p => p.Period.Contains(on) && RegionCode.StrictlyInside(regionCode, p.RegionCode))
            .Select(p => p.RegionCode)
            .Distinct()
            .OrderByDescending(RegionCode.Specificity).ThenBy(code => code, StringComparer.Ordinal)
            .Append(regionCode)
            .ToList();

    /// <summary>
    /// Rejects <paramref name="candidate"/> when another of <paramref name="existing"/> (its region's other versions) is in
    /// force on any of the same days: a new version must start after the previous one ends, or resolution would have two
    /// equally specific answers. <paramref name="noun"/> names the kind in the message ("policy").
    /// </summary>
    public static void CheckNoOverlap<T>(T candidate, IEnumerable<T> existing, string noun) where T : class, IRegionalPolicy
    {
        var clash = existing.FirstOrDefault(other =>
            !ReferenceEquals(other, candidate) && (candidate.Id == 0 || other.Id != candidate.Id)
            && other.RegionCode == candidate.RegionCode && other.Period.Overlaps(candidate.Period));
        if (clash is not null)
            throw new DomainException("effectiveFrom", ErrorCodes.Overlap,
                $"Region {candidate.RegionCode} already has the {noun} '{clash.Title}' in force from {clash.Period.Start:yyyy-MM-dd}" +
                $" to {(clash.Period.End is { } to ? to.ToString("yyyy-MM-dd") : "open end")}; effective periods of one region must not overlap.");
    }
}
