namespace Registry.Data.Reports.Screening;

/// <summary>
/// <c>screeningCompliance</c> for a region and span: totals, per direct child region, and the missed periods page by
/// page (<see cref="MissedAsync"/>). recordedRounds counts owed periods that have a round (several rounds in one week
/// count once), so a unit is compliant exactly when its recorded equals its required.
/// </summary>
public sealed class ScreeningComplianceReport(RegistryDbContext db, ScreeningPlan plan, string regionCode, DateOnly from, DateOnly to,
    ScreeningRegionCompliance totals, IReadOnlyList<ScreeningRegionCompliance> byRegion)
{
    public string RegionCode => regionCode;
    public DateOnly From => from;
    public DateOnly To => to;
    public ScreeningRegionCompliance Totals => totals;
    public IReadOnlyList<ScreeningRegionCompliance> ByRegion => byRegion;
    public ScreeningPlan Plan => plan;

    public Task<List<MissedRoundRow>> MissedAsync(long? afterKey, int take, CancellationToken ct) =>
        ScreeningComplianceQueries.MissedAsync(db, plan, regionCode, from, to, afterKey, take, ct);
}
