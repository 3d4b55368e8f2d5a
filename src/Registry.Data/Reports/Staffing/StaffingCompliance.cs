using Registry.Data.Querying;
using Registry.Data.Reports.Sql;

namespace Registry.Data.Reports.Staffing;

/// <summary>
/// Computes the staffing compliance report of a region on a day. The database aggregates (active committees counted
/// by policy region, child region, kind, designation and full-time count; distinct mediators per child region); the
/// domain decides each committee's quota (<see cref="StaffingPolicyResolver"/> for the policy region that covers the
/// committee's own code, <see cref="CommitteeQuota"/>), so a policy of a region inside the one asked about governs the
/// committees there. The committees one by one are read only when asked for (<see cref="StaffingComplianceReport.CommitteesAsync"/>).
/// </summary>
public static class StaffingCompliance
{
    public static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    public static async Task<StaffingComplianceReport> ComputeAsync(RegistryDbContext db, string regionCode, DateOnly asOf,
        CancellationToken ct = default)
    {
        var policies = await db.RelevantStaffingPoliciesAsync(regionCode, ct);
        var children = await db.Regions.AsNoTracking().ChildrenOf(regionCode)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var childLength = children.Count == 0 ? regionCode.Length : children[0].Code.Length;
        var policyRegions = PolicyRegions(policies, asOf);
        // The mediator tallies are the heaviest statement and need nothing else: they run beside the rest (on PostgreSQL
        // on a second connection) while the committees are counted and the targets measured. Every statement runs with
        // LargeAggregates: a province's or the country's committees and appointments are hashed and grouped by the
        // hundred thousand, which the default 4 MB work_mem spilled to disk, and JIT compiled each statement first. Below
        // the country random reads are priced for cached data (LargeAggregatesFor), so a province's appointments are read
        // through its committees rather than by a scan of the country's.
        var session = new ReportSession(db, ReportTuning.LargeAggregatesFor(regionCode));
        var tallied = session.Beside((context, token) => context.TalliesAsync(regionCode, asOf, childLength, token), ct, longest: true);
        var groups = await session.RunAsync((context, token) => context.CommitteeGroupsAsync(regionCode, asOf, childLength, policyRegions, token), ct);
        var targets = await session.RunAsync((context, token) => StaffingTargetMeasures.MeasureAsync(context, regionCode, asOf, policies, tallied, token), ct);
        var mediators = await tallied.Result;

        var rules = new RulesByPolicyRegion(policies, asOf);
        var judged = groups.Select(g => (Group: g, Quota: CommitteeQuota.Evaluate(rules.For(g.PolicyRegion, g.Kind)?.Rule, g.HasFullTimeConditions, g.FullTime)))
            .ToList();

        var regionRules = StaffingPolicyResolver.GoverningRules(policies, regionCode, asOf);
        var ofKind = judged.ToLookup(j => j.Group.Kind);
        var byKind = ofKind.Select(g => g.Key).Union(regionRules.Keys).Order()
            .Select(kind =>
            {
                var rule = regionRules.GetValueOrDefault(kind)?.Rule;
                var (count, compliant, required, conditional) = Tally(ofKind[kind]);
                return new KindCompliance(kind, count, compliant, required, conditional, rule?.MinimumFullTime, rule?.Severity);
            })
            .ToList();

        var byChild = judged.Where(j => j.Group.Child.Length == childLength).ToLookup(j => j.Group.Child);
        var byRegion = children.Select(child =>
        {
            var (count, compliant, required, conditional) = Tally(byChild[child.Code]);
            var (childAll, childFullTime) = mediators.PerChild.GetValueOrDefault(child.Code);
            return new RegionCompliance(child.Code, child.Name, count, compliant, required, conditional, childAll, childFullTime);
        }).ToList();

        var total = Tally(judged);
        return new StaffingComplianceReport
        {
            RegionCode = regionCode,
            AsOf = asOf,
            CommitteeCount = total.Count,
            CompliantCount = total.Compliant,
            ShortfallCount = total.Required,
            ConditionalShortfallCount = total.Conditional,
            MediatorCount = mediators.All,
            FullTimeMediatorCount = mediators.FullTime,
            Targets = targets,
            ByKind = byKind,
            ByRegion = byRegion,
            LoadCommittees = async token => Assess(await session.RunAsync((context, t) => context.CommitteeRowsAsync(regionCode, asOf, policyRegions, t), token), policies, asOf),
            StreamCommittees = token => AssessOneByOne(session.StreamCommitteeRows(regionCode, asOf, policyRegions, token), policies, asOf),
        };
    }

    /// <summary>How many committees, how many compliant, how many below a REQUIRED and below a CONDITIONAL minimum.</summary>
    private static (int Count, int Compliant, int Required, int Conditional) Tally(IEnumerable<(CommitteeGroup Group, CommitteeQuota Quota)> judged)
    {
        var (count, compliant, required, conditional) = (0, 0, 0, 0);
        foreach (var (group, quota) in judged)
        {
            count += group.Count;
            if (!quota.IsShortfall) compliant += group.Count;
            else if (quota.IsRequiredShortfall) required += group.Count;
            else if (quota.IsConditionalShortfall) conditional += group.Count;
        }
        return (count, compliant, required, conditional);
    }

    /// <summary>
    /// The regions of the policies in force on <paramref name="asOf"/>, longest code (most specific) first: a committee is
    /// governed by the first that covers its code (SQL picks it, <see cref="StaffingReportQueries.CommitteeGroupsAsync"/>).
    /// Which policies apply depends only on that region, so rules are resolved once per policy region.
    /// </summary>
    public static IReadOnlyList<string> PolicyRegions(IReadOnlyList<StaffingPolicy> policies, DateOnly asOf) =>
        policies.Where(p => p.IsInForceOn(asOf)).Select(p => p.RegionCode).Distinct()
            .OrderByDescending(code => code.Length).ThenBy(code => code, StringComparer.Ordinal).ToList();

    /// <summary>Each committee against the rule for its kind in the policy region that governs it.</summary>
    public static List<CommitteeAssessment> Assess(IReadOnlyList<CommitteeStaffingRow> rows, IReadOnlyList<StaffingPolicy> policies, DateOnly asOf)
    {
        var rules = new RulesByPolicyRegion(policies, asOf);
        var result = new List<CommitteeAssessment>(rows.Count);
        foreach (var row in rows) result.Add(Assess(row, rules));
        return result;
    }

    /// <summary><see cref="Assess(IReadOnlyList{CommitteeStaffingRow}, IReadOnlyList{StaffingPolicy}, DateOnly)"/> one row at a time, as read.</summary>
    private static async IAsyncEnumerable<NamedCommitteeAssessment> AssessOneByOne(IAsyncEnumerable<(CommitteeStaffingRow Row, string Name)> rows,
        IReadOnlyList<StaffingPolicy> policies, DateOnly asOf)
    {
        var rules = new RulesByPolicyRegion(policies, asOf);
        await foreach (var (row, name) in rows) yield return new NamedCommitteeAssessment(Assess(row, rules), name);
    }

    private static CommitteeAssessment Assess(CommitteeStaffingRow row, RulesByPolicyRegion rules)
    {
        var governing = rules.For(row.PolicyRegion, row.Kind);
        var quota = CommitteeQuota.Evaluate(governing?.Rule, row.HasFullTimeConditions, row.FullTime);
        return new CommitteeAssessment(row.Id, row.RegionCode, row.Kind, quota, governing?.Policy);
    }

    /// <summary>The governing rules of each policy region, resolved once per region.</summary>
    private sealed class RulesByPolicyRegion(IReadOnlyList<StaffingPolicy> policies, DateOnly asOf)
    {
        private readonly Dictionary<string, IReadOnlyDictionary<CommitteeKind, GoverningRule>> resolved = [];

        public GoverningRule? For(string? policyRegion, CommitteeKind kind)
        {
            if (policyRegion is null) return null;
            if (!resolved.TryGetValue(policyRegion, out var rules))
                resolved[policyRegion] = rules = StaffingPolicyResolver.GoverningRules(policies, policyRegion, asOf);
            return rules.GetValueOrDefault(kind);
        }
    }
}
