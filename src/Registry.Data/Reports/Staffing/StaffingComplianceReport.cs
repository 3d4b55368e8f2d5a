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
    /// <summary>Reads and judges the committees with their names one at a time, as the caller enumerates.</summary>
    public required Func<CancellationToken, IAsyncEnumerable<NamedCommitteeAssessment>> StreamCommittees { private get; init; }
    private Task<List<CommitteeAssessment>>? committees;

    /// <summary>Every active committee of the region with its quota, by id. Read only when asked for.</summary>
    public Task<List<CommitteeAssessment>> CommitteesAsync(CancellationToken ct) => committees ??= LoadCommittees(ct);

    /// <summary>
    /// The committees of <see cref="CommitteesAsync"/>, with names, each read and judged as it is asked for and none
    /// kept: an export of a nation's committees takes no more memory than one of a county's. Each call reads afresh.
    /// </summary>
    public IAsyncEnumerable<NamedCommitteeAssessment> CommitteesOneByOne(CancellationToken ct) => StreamCommittees(ct);

    /// <summary>Committees below a minimum that applies to them, by id.</summary>
    public async Task<List<CommitteeAssessment>> ShortfallsAsync(CancellationToken ct) =>
        (await CommitteesAsync(ct)).Where(c => c.Quota.IsShortfall).ToList();
}
