namespace Registry.Data.Reports.Grading;

/// <summary>
/// Whom a grading statement reads: the mediators serving on the day in <see cref="RegionCode"/>'s subtree, less those
/// serving in any of <see cref="Outside"/> (the zones judged before this one, <see cref="Domain.Grading.GradeLadderResolver.Zones"/>).
/// </summary>
public sealed record GradingScope(string RegionCode, IReadOnlyList<string> Outside)
{
    /// <summary>Everyone serving in the region.</summary>
    public static GradingScope Whole(string regionCode) => new(regionCode, []);
}
