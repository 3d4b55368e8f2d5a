using Registry.Data.Querying;
using Registry.Domain.Subsidies;

namespace Registry.Data.Reports.Subsidies;

/// <summary>
/// <c>subsidyStatement</c> for a region and period, all over the same SQL, so every figure is a sum of the lines. Totals,
/// reasons and child regions come from one summary statement, run once however many of them a request asks for; the
/// paged parts (mediators, committees, lines) run as their own statements when asked.
/// </summary>
public sealed class SubsidyStatement(RegistryDbContext db, SubsidyScope scope, IReadOnlyList<SubsidyPolicy> policies, int childLength)
{
    private Task<List<SubsidySummaryRow>>? summary;

    public SubsidyScope Scope => scope;
    public string RegionCode => scope.RegionCode;
    public DateOnly From => scope.From;
    public DateOnly To => scope.To;
    /// <summary>The policies that bear on the region (its own, its ancestors', those inside it), for each line's rule.</summary>
    public IReadOnlyList<SubsidyPolicy> Policies => policies;

    public async Task<SubsidyTotals> TotalsAsync(CancellationToken ct) => SubsidyTotals.Sum((await SummaryAsync(ct)).Select(r => r.Totals));

    public async Task<List<SubsidyReasonRow>> ByReasonAsync(CancellationToken ct) =>
        (await SummaryAsync(ct)).GroupBy(r => r.Reason).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => ReasonRow(g.Key, SubsidyTotals.Sum(g.Select(r => r.Totals)))).ToList();

    private static SubsidyReasonRow ReasonRow(SubsidyReason reason, SubsidyTotals totals) => new(reason, totals.Lines, totals.Amount);

    public Task<List<SubsidyGroupRow>> ByMediatorAsync(long? after, int limit, CancellationToken ct) =>
        SubsidyStatementQueries.ByAsync(db, scope, "mediator_id", after, limit, ct);

    public Task<List<SubsidyGroupRow>> ByCommitteeAsync(long? after, int limit, CancellationToken ct) =>
        SubsidyStatementQueries.ByAsync(db, scope, "committee_id", after, limit, ct);

    public async Task<List<SubsidyGroupRow>> ByRegionAsync(CancellationToken ct) =>
        childLength <= ScopeLength ? []
            : (await SummaryAsync(ct)).GroupBy(r => r.Child).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SubsidyGroupRow(0, g.Key, SubsidyTotals.Sum(g.Select(r => r.Totals)), 0)).ToList();

    /// <summary>How many digits the scope's own code has: none for the nation (its lower bound is ""), whose children are the provinces.</summary>
    private int ScopeLength => Domain.Regions.RegionCode.LowerBound(scope.RegionCode).Length;

    /// <summary>Shared by the fields of one request (a statement object lives as long as its request).</summary>
    private Task<List<SubsidySummaryRow>> SummaryAsync(CancellationToken ct) =>
        summary ??= SubsidyStatementQueries.SummaryAsync(db, scope, childLength > ScopeLength ? childLength : 0, ct);

    public Task<List<SubsidyLineRow>> LinesAsync(bool? payable, long? after, int limit, CancellationToken ct) =>
        SubsidyStatementQueries.LinesAsync(db, scope, payable, after, limit, ct);

    public static async Task<SubsidyStatement> ForAsync(RegistryDbContext db, SubsidyScope scope, CancellationToken ct)
    {
        var policies = await db.RelevantSubsidyPoliciesAsync(scope.RegionCode, ct);
        var child = await db.Regions.AsNoTracking().ChildrenOf(scope.RegionCode).Select(r => r.Code).FirstOrDefaultAsync(ct);
        return new SubsidyStatement(db, scope, policies, child?.Length ?? 0);
    }
}
