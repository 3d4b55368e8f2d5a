namespace Registry.Data.Reports.Staffing;

/// <summary>
/// What the report needs of one active committee: a projection, never the entity. <paramref name="PolicyRegion"/> is
/// the region of the policy whose rules govern it (null when none does); <paramref name="FullTime"/> the number of
/// distinct mediators holding a full-time appointment here on the day.
/// </summary>
public sealed record CommitteeStaffingRow(long Id, string? PolicyRegion, string RegionCode, CommitteeKind Kind, bool HasFullTimeConditions, int FullTime);
