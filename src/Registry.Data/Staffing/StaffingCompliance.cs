namespace Registry.Data.Staffing;

/// <summary>
/// Computes the staffing compliance report of a region on a day. The database aggregates (active committees with
/// their full-time counts, distinct mediators per child region); the domain decides each committee's quota
/// (<see cref="StaffingPolicyResolver"/> on the committee's own region, <see cref="CommitteeQuota"/>), so a policy of a
/// region inside the one asked about governs the committees there.
/// </summary>
public static class StaffingCompliance
{
    public static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    public static async Task<StaffingComplianceReport> ComputeAsync(RegistryDbContext db, string regionCode, DateOnly asOf,
        CancellationToken ct = default)
    {
        var policies = await db.RelevantStaffingPoliciesAsync(regionCode, ct);
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == regionCode)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var childLength = children.Count == 0 ? regionCode.Length : children[0].Code.Length;
        // The mediator tallies are the heaviest statement and need nothing else: on PostgreSQL they run on a second
        // connection while this one reads the committees and measures the targets. SQLite gains nothing from that.
        await using var sibling = db.Provider == DatabaseProvider.Postgres ? db.CreateSibling() : null;
        // When a growth target applies, the sibling also counts the full-time mediators of a year earlier, after the tallies.
        var talliesTask = sibling?.TalliesAsync(regionCode, asOf, childLength, ct);
        var yearBefore = sibling is not null && StaffingTargetMeasures.NeedsYearBefore(policies, regionCode, asOf)
            ? ThenYearBeforeAsync(sibling, talliesTask!, regionCode, asOf, ct)
            : null;
        var rows = await db.CommitteeRowsAsync(regionCode, asOf, ct);
        var tallied = talliesTask ?? db.TalliesAsync(regionCode, asOf, childLength, ct);
        var targets = await StaffingTargetMeasures.MeasureAsync(db, regionCode, asOf, policies, rows, tallied, yearBefore, ct);
        var mediators = await tallied;
        var assessments = Assess(rows, policies, asOf);
        var (all, fullTime) = (mediators.All, mediators.FullTime);

        var regionRules = StaffingPolicyResolver.GoverningRules(policies, regionCode, asOf);
        var ofKind = assessments.ToLookup(a => a.Kind);
        var byKind = ofKind.Select(g => g.Key).Union(regionRules.Keys).Order()
            .Select(kind =>
            {
                var rule = regionRules.GetValueOrDefault(kind)?.Rule;
                var (count, compliant, required, conditional) = Tally(ofKind[kind]);
                return new KindCompliance(kind, count, compliant, required, conditional, rule?.MinimumFullTime, rule?.Severity);
            })
            .ToList();

        var byChild = assessments.Where(a => a.RegionCode.Length >= childLength).ToLookup(a => a.RegionCode[..childLength]);
        var byRegion = children.Select(child =>
        {
            var (count, compliant, required, conditional) = Tally(byChild[child.Code]);
            var (childAll, childFullTime) = mediators.PerChild.GetValueOrDefault(child.Code);
            return new RegionCompliance(child.Code, child.Name, count, compliant, required, conditional, childAll, childFullTime);
        }).ToList();

        var total = Tally(assessments);
        return new StaffingComplianceReport
        {
            RegionCode = regionCode,
            AsOf = asOf,
            CommitteeCount = total.Count,
            CompliantCount = total.Compliant,
            ShortfallCount = total.Required,
            ConditionalShortfallCount = total.Conditional,
            MediatorCount = all,
            FullTimeMediatorCount = fullTime,
            Targets = targets,
            ByKind = byKind,
            ByRegion = byRegion,
            Committees = assessments,
        };
    }

    private static async Task<Dictionary<string, int>> ThenYearBeforeAsync(RegistryDbContext sibling, Task<StaffingTallies> tallies,
        string regionCode, DateOnly asOf, CancellationToken ct)
    {
        await tallies; // one command at a time on a connection
        return await StaffingTargetMeasures.FullTimeYearBeforeAsync(sibling, regionCode, asOf, ct);
    }

    /// <summary>How many committees, how many compliant, how many below a REQUIRED and below a CONDITIONAL minimum.</summary>
    private static (int Count, int Compliant, int Required, int Conditional) Tally(IEnumerable<CommitteeAssessment> assessments)
    {
        var (count, compliant, required, conditional) = (0, 0, 0, 0);
        foreach (var a in assessments)
        {
            count++;
            if (!a.Quota.IsShortfall) compliant++;
            else if (a.Quota.IsRequiredShortfall) required++;
            else if (a.Quota.IsConditionalShortfall) conditional++;
        }
        return (count, compliant, required, conditional);
    }

    /// <summary>
    /// Each committee against the rule for its kind in its own region. Which policies cover a code depends only on
    /// its longest prefix that is the region of a policy in force, so rules are resolved once per such prefix, not per committee.
    /// </summary>
    public static List<CommitteeAssessment> Assess(IReadOnlyList<CommitteeStaffingRow> rows, IReadOnlyList<StaffingPolicy> policies, DateOnly asOf)
    {
        var policyRegions = policies.Where(p => p.IsInForceOn(asOf)).Select(p => p.RegionCode).Distinct()
            .OrderByDescending(code => code.Length).ToArray();
        var byAnchor = new Dictionary<string, IReadOnlyDictionary<CommitteeKind, GoverningRule>>();
        var result = new List<CommitteeAssessment>(rows.Count);
        foreach (var row in rows)
        {
            GoverningRule? governing = null;
            var anchor = Array.Find(policyRegions, code => RegionCode.Covers(code, row.RegionCode));
            if (anchor is not null)
            {
                if (!byAnchor.TryGetValue(anchor, out var rules))
                    byAnchor[anchor] = rules = StaffingPolicyResolver.GoverningRules(policies, anchor, asOf);
                governing = rules.GetValueOrDefault(row.Kind);
            }
            var quota = CommitteeQuota.Evaluate(governing?.Rule, row.HasFullTimeConditions, row.FullTime);
            result.Add(new CommitteeAssessment(row.Id, row.RegionCode, row.Kind, quota, governing?.Policy));
        }
        return result;
    }
}
