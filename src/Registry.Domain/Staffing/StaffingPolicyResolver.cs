using Registry.Domain.Committees;

namespace Registry.Domain.Staffing;

/// <summary>
/// Decides which policy governs a region on a date. The candidates are the policies in force on that date
/// whose region covers the region asked about (the policy's code is a prefix of it). They are ranked most
/// specific first — longest region code; between equally long codes, which <see cref="StaffingPolicy.CheckNoOverlap"/>
/// normally prevents, the later effectiveFrom, then the higher id.
/// <para>
/// Resolution is per committee kind (and per target metric): each kind takes the rule of the highest-ranked
/// candidate that has a rule for that kind. A more specific policy overrides only what it states; where it is
/// silent, the less specific policy still governs (Jiyuan's township ≥3 beats Henan's ≥2, while Henan's
/// mediation-centre ≥5 still governs Jiyuan). To lift an inherited requirement, a policy states the kind with
/// minimum 0.
/// </para>
/// Targets of policies for regions inside the one asked about do not apply to it as a whole and are not returned.
/// </summary>
public static class StaffingPolicyResolver
{
    /// <summary>The governing rule for each kind that has one; kinds no candidate mentions are absent.</summary>
    public static IReadOnlyDictionary<CommitteeKind, GoverningRule> GoverningRules(
        IEnumerable<StaffingPolicy> policies, string regionCode, DateOnly on)
    {
        var result = new Dictionary<CommitteeKind, GoverningRule>();
        foreach (var policy in Candidates(policies, regionCode, on))
            foreach (var rule in policy.Rules)
                result.TryAdd(rule.Kind, new GoverningRule(rule, policy));
        return result;
    }

    /// <summary>The rule that governs a committee of <paramref name="kind"/> in <paramref name="regionCode"/>, or null when none does.</summary>
    public static GoverningRule? GoverningRule(
        IEnumerable<StaffingPolicy> policies, string regionCode, CommitteeKind kind, DateOnly on) =>
        Candidates(policies, regionCode, on)
            .Select(p => p.RuleFor(kind) is { } rule ? new GoverningRule(rule, p) : null)
            .FirstOrDefault(g => g is not null);

    /// <summary>The aggregate targets in force for <paramref name="regionCode"/> as a whole, one per metric, in metric order.</summary>
    public static IReadOnlyList<GoverningTarget> GoverningTargets(
        IEnumerable<StaffingPolicy> policies, string regionCode, DateOnly on)
    {
        var result = new Dictionary<TargetMetric, GoverningTarget>();
        foreach (var policy in Candidates(policies, regionCode, on))
            foreach (var target in policy.Targets)
                result.TryAdd(target.Metric, new GoverningTarget(target, policy));
        return result.Values.OrderBy(g => g.Target.Metric).ToList();
    }

    private static IEnumerable<StaffingPolicy> Candidates(IEnumerable<StaffingPolicy> policies, string regionCode, DateOnly on) =>
        policies
            .Where(p => p.IsInForceOn(on) && Regions.RegionCode.Covers(p.RegionCode, regionCode))
            .OrderByDescending(p => p.RegionCode.Length)
            .ThenByDescending(p => p.EffectiveFrom)
            .ThenByDescending(p => p.Id);
}
