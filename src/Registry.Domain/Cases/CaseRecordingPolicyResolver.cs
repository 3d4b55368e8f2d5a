namespace Registry.Domain.Cases;

/// <summary>
/// The entry-delay limit for a committee's region on a date: the most specific policy in force whose region covers
/// it (longest code, then latest effectiveFrom, then highest id), as for staffing policies; else the default.
/// </summary>
public static class CaseRecordingPolicyResolver
{
    public static CaseRecordingPolicy? Governing(IEnumerable<CaseRecordingPolicy> policies, string regionCode, DateOnly on) =>
        policies
            .Where(p => p.IsInForceOn(on) && Regions.RegionCode.Covers(p.RegionCode, regionCode))
            .OrderByDescending(p => p.RegionCode.Length)
            .ThenByDescending(p => p.EffectiveFrom)
            .ThenByDescending(p => p.Id)
            .FirstOrDefault();

    public static int MaxEntryDelayDays(IEnumerable<CaseRecordingPolicy> policies, string regionCode, DateOnly on) =>
        Governing(policies, regionCode, on)?.MaxEntryDelayDays ?? CaseRecordingPolicy.DefaultMaxEntryDelayDays;
}
