namespace Registry.Data.Reports.Staffing;

/// <summary>
/// How a region's committees stand against the staffing rules (专职人民调解员配备) on one day, and how the region
/// meets the aggregate targets in force for it. Computed by <see cref="StaffingCompliance"/>.
/// </summary>
public sealed class StaffingComplianceReport
{
    public required string RegionCode { get; init; }
    public required DateOnly AsOf { get; init; }
    public required int CommitteeCount { get; init; }
    public required int CompliantCount { get; init; }
    public required int ShortfallCount { get; init; }
    public required int ConditionalShortfallCount { get; init; }
    public required int MediatorCount { get; init; }
    public required int FullTimeMediatorCount { get; init; }
    public double FullTimeShare => StaffingCompliance.Share(FullTimeMediatorCount, MediatorCount);
    public required IReadOnlyList<TargetResult> Targets { get; init; }
    public required IReadOnlyList<KindCompliance> ByKind { get; init; }
    public required IReadOnlyList<RegionCompliance> ByRegion { get; init; }
    /// <summary>Reads and judges the committees one by one; run once, when first asked for.</summary>
    public required Func<CancellationToken, Task<List<CommitteeAssessment>>> LoadCommittees { private get; init; }
    private Task<List<CommitteeAssessment>>? committees;

    /// <summary>Every active committee of the region with its quota, by id. Read only when asked for.</summary>
    public Task<List<CommitteeAssessment>> CommitteesAsync(CancellationToken ct) => committees ??= LoadCommittees(ct);

    /// <summary>Committees below a minimum that applies to them, by id.</summary>
    public async Task<List<CommitteeAssessment>> ShortfallsAsync(CancellationToken ct) =>
        (await CommitteesAsync(ct)).Where(c => c.Quota.IsShortfall).ToList();
}

/// <summary>One committee against the rule that governs it; <see cref="Policy"/> is null when no rule does.</summary>
public sealed record CommitteeAssessment(long CommitteeId, string RegionCode, CommitteeKind Kind, CommitteeQuota Quota, StaffingPolicy? Policy);

/// <summary>
/// An aggregate target in force and how the region stands. <see cref="Actual"/> and <see cref="Met"/> are null when the
/// registry cannot measure the metric for this region (e.g. coverage of prefectures asked about a county).
/// </summary>
public sealed record TargetResult(TargetMetric Metric, decimal Target, double? Actual, bool? Met, DateOnly? Deadline, StaffingPolicy Policy);

/// <summary>
/// Committees of one kind. <see cref="RequiredMinimum"/> is the minimum the policies in force for the region itself set
/// for the kind (null when none does); a sub-region's own policy may ask more of its committees.
/// </summary>
public sealed record KindCompliance(CommitteeKind Kind, int CommitteeCount, int CompliantCount, int ShortfallCount,
    int ConditionalShortfallCount, int? RequiredMinimum, RuleSeverity? Severity);

/// <summary>The same counts for one direct child region.</summary>
public sealed record RegionCompliance(string RegionCode, string Name, int CommitteeCount, int CompliantCount, int ShortfallCount,
    int ConditionalShortfallCount, int MediatorCount, int FullTimeMediatorCount)
{
    public double FullTimeShare => StaffingCompliance.Share(FullTimeMediatorCount, MediatorCount);
}

/// <summary>
/// What <see cref="StaffingReportQueries.TalliesAsync"/> counts: distinct mediators serving the region, all and full-time, in
/// total and per child region code.
/// </summary>
public sealed record StaffingTallies(int All, int FullTime, IReadOnlyDictionary<string, (int All, int FullTime)> PerChild);
