using Registry.Domain.Subsidies;

namespace Registry.Data.Reports.Subsidies;

/// <summary>
/// <c>subsidyStatement</c> for a region and period: each part runs as its own statement when asked (totals, reasons,
/// mediators, committees, child regions, lines), all over the same SQL, so every figure is a sum of the lines.
/// </summary>
public sealed class SubsidyStatement(RegistryDbContext db, SubsidyScope scope, IReadOnlyList<SubsidyPolicy> policies, int childLength)
{
    private Task<SubsidyTotals>? totals;

    public SubsidyScope Scope => scope;
    public string RegionCode => scope.RegionCode;
    public DateOnly From => scope.From;
    public DateOnly To => scope.To;
    /// <summary>The policies that bear on the region (its own, its ancestors', those inside it), for each line's rule.</summary>
    public IReadOnlyList<SubsidyPolicy> Policies => policies;

    public Task<SubsidyTotals> TotalsAsync(CancellationToken ct) => totals ??= SubsidyStatementQueries.TotalsAsync(db, scope, ct);

    public Task<List<SubsidyReasonRow>> ByReasonAsync(CancellationToken ct) => SubsidyStatementQueries.ByReasonAsync(db, scope, ct);

    public Task<List<SubsidyGroupRow>> ByMediatorAsync(long? after, int limit, CancellationToken ct) =>
        SubsidyStatementQueries.ByAsync(db, scope, "mediator_id", after, limit, ct);

    public Task<List<SubsidyGroupRow>> ByCommitteeAsync(long? after, int limit, CancellationToken ct) =>
        SubsidyStatementQueries.ByAsync(db, scope, "committee_id", after, limit, ct);

    public Task<List<SubsidyGroupRow>> ByRegionAsync(CancellationToken ct) =>
        childLength <= scope.RegionCode.Length ? Task.FromResult(new List<SubsidyGroupRow>())
            : SubsidyStatementQueries.ByRegionAsync(db, scope, childLength, ct);

    public Task<List<SubsidyLineRow>> LinesAsync(bool? payable, long? after, int limit, CancellationToken ct) =>
        SubsidyStatementQueries.LinesAsync(db, scope, payable, after, limit, ct);

    public static async Task<SubsidyStatement> ForAsync(RegistryDbContext db, SubsidyScope scope, CancellationToken ct)
    {
        var policies = await db.RelevantSubsidyPoliciesAsync(scope.RegionCode, ct);
        var child = await db.Regions.AsNoTracking().Where(r => r.ParentCode == scope.RegionCode).Select(r => r.Code).FirstOrDefaultAsync(ct);
        return new SubsidyStatement(db, scope, policies, child?.Length ?? 0);
    }
}
