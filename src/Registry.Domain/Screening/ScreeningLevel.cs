using Registry.Domain.Committees;

namespace Registry.Domain.Screening;

/// <summary>The levels that owe screening rounds (矛盾纠纷排查) at a cadence of their own.</summary>
public enum ScreeningLevel
{
    /// <summary>村（社区）, 嘎查村: VILLAGE and COMMUNITY committees.</summary>
    Village,
    /// <summary>乡镇（街道）, 苏木镇: TOWNSHIP and SUBDISTRICT committees.</summary>
    Township,
    /// <summary>县（市、区）: a MEDIATION_CENTER committee sitting at county level (a 6-digit region).</summary>
    County,
}

public static class ScreeningLevels
{
    /// <summary>
    /// The level a committee screens at, or null when it owes no rounds. The registry keeps no county bureau as a unit,
    /// so the county level's duty (seeds 002, 003: 县(市、区)每月 / 每季度) is owed by the county's mediation centre
    /// (人民调解中心), the county-level committee the seeds name; a county without one owes nothing.
    /// </summary>
    public static ScreeningLevel? Of(CommitteeKind kind, string regionCode) => kind switch
    {
        CommitteeKind.Village or CommitteeKind.Community => ScreeningLevel.Village,
        CommitteeKind.Township or CommitteeKind.Subdistrict => ScreeningLevel.Township,
        CommitteeKind.MediationCenter when regionCode.Length == 6 => ScreeningLevel.County,
        _ => null,
    };

    /// <summary>The committee kinds of each level, for SQL that filters on kind.</summary>
    public static IReadOnlyList<CommitteeKind> KindsOf(ScreeningLevel level) => level switch
    {
        ScreeningLevel.Village => [CommitteeKind.Village, CommitteeKind.Community],
        ScreeningLevel.Township => [CommitteeKind.Township, CommitteeKind.Subdistrict],
        _ => [CommitteeKind.MediationCenter],
    };
}
