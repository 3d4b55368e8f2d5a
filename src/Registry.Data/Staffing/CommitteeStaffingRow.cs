namespace Registry.Data.Staffing;

/// <summary>
/// What the report needs of one active committee: a projection, never the entity. <paramref name="FullTime"/> is the
/// number of distinct mediators holding a full-time appointment here on the day.
/// </summary>
public sealed record CommitteeStaffingRow(long Id, string RegionCode, CommitteeKind Kind, bool HasFullTimeConditions,
    bool IsStandardised, DateOnly EstablishedOn, int FullTime);
