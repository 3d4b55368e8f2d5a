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
        var rows = await db.CommitteeRowsAsync(regionCode, asOf, ct);
        var mediators = await db.TalliesAsync(regionCode, asOf, childLength, ct);
        foreach (var row in rows) row.FullTime = mediators.FullTimeByCommittee.GetValueOrDefault(row.Id);
        var assessments = Assess(rows, policies, asOf);
        var (all, fullTime) = (mediators.All, mediators.FullTime);

        var regionRules = StaffingPolicyResolver.GoverningRules(policies, regionCode, asOf);
        var byKind = assessments.GroupBy(a => a.Kind).Select(g => g.Key)
            .Union(regionRules.Keys).Order()
            .Select(kind =>
            {
                var ofKind = assessments.Where(a => a.Kind == kind).ToList();
                var rule = regionRules.GetValueOrDefault(kind)?.Rule;
                return new KindCompliance(kind, ofKind.Count, ofKind.Count(a => !a.Quota.IsShortfall),
                    ofKind.Count(a => a.Quota.IsRequiredShortfall), ofKind.Count(a => a.Quota.IsConditionalShortfall),
                    rule?.MinimumFullTime, rule?.Severity);
            })
            .ToList();

        var byChild = assessments.Where(a => a.RegionCode.Length >= childLength).ToLookup(a => a.RegionCode[..childLength]);
        var byRegion = children.Select(child =>
        {
            var inChild = byChild[child.Code].ToList();
            var (childAll, childFullTime) = mediators.PerChild.GetValueOrDefault(child.Code);
            return new RegionCompliance(child.Code, child.Name, inChild.Count, inChild.Count(a => !a.Quota.IsShortfall),
                inChild.Count(a => a.Quota.IsRequiredShortfall), inChild.Count(a => a.Quota.IsConditionalShortfall), childAll, childFullTime);
        }).ToList();

        var targets = await StaffingTargetMeasures.MeasureAsync(db, regionCode, asOf, policies, rows, Share(fullTime, all), ct);

        return new StaffingComplianceReport
        {
            RegionCode = regionCode,
            AsOf = asOf,
            CommitteeCount = assessments.Count,
            CompliantCount = assessments.Count(a => !a.Quota.IsShortfall),
            ShortfallCount = assessments.Count(a => a.Quota.IsRequiredShortfall),
            ConditionalShortfallCount = assessments.Count(a => a.Quota.IsConditionalShortfall),
            MediatorCount = all,
            FullTimeMediatorCount = fullTime,
            Targets = targets,
            ByKind = byKind,
            ByRegion = byRegion,
            Committees = assessments,
        };
    }

    /// <summary>
    /// Each committee against the rule for its kind in its own region. Which policies cover a code depends only on
    /// its longest prefix that is some policy's region, so rules are resolved once per such prefix, not per committee.
    /// </summary>
    public static List<CommitteeAssessment> Assess(IReadOnlyList<CommitteeStaffingRow> rows, IReadOnlyList<StaffingPolicy> policies, DateOnly asOf)
    {
        var policyRegions = policies.Where(p => p.IsInForceOn(asOf)).Select(p => p.RegionCode).ToHashSet();
        var byAnchor = new Dictionary<string, IReadOnlyDictionary<CommitteeKind, GoverningRule>>();
        var byRegion = new Dictionary<string, IReadOnlyDictionary<CommitteeKind, GoverningRule>?>();
        var result = new List<CommitteeAssessment>(rows.Count);
        foreach (var row in rows)
        {
            if (!byRegion.TryGetValue(row.RegionCode, out var rules))
            {
                var anchor = RegionCode.SelfAndAncestors(row.RegionCode).FirstOrDefault(policyRegions.Contains);
                if (anchor is not null && !byAnchor.TryGetValue(anchor, out rules))
                    byAnchor[anchor] = rules = StaffingPolicyResolver.GoverningRules(policies, anchor, asOf);
                byRegion[row.RegionCode] = rules;
            }
            var governing = rules?.GetValueOrDefault(row.Kind);
            var quota = CommitteeQuota.Evaluate(governing?.Rule, row.HasFullTimeConditions, row.FullTime);
            result.Add(new CommitteeAssessment(row.Id, row.RegionCode, row.Kind, quota, governing?.Policy));
        }
        return result;
    }
}
