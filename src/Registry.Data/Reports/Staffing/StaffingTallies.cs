namespace Registry.Data.Reports.Staffing;

/// <summary>
/// What <see cref="StaffingReportQueries.TalliesAsync"/> counts: distinct mediators serving the region, all and full-time, in
/// total and per child region code.
/// </summary>
public sealed record StaffingTallies(int All, int FullTime, IReadOnlyDictionary<string, (int All, int FullTime)> PerChild);
