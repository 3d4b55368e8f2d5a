using Registry.Data.Querying;
using Registry.Data.Reports.Sql;
using Registry.Domain.Screening;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// Computes <c>screeningCompliance</c>: the domain decides the periods each group of units owes
/// (<see cref="ScreeningSchedule"/> per policy region and level), SQL counts per committee which of them have a
/// round and sums per child region; here the two are put together.
/// </summary>
public static class ScreeningCompliance
{
    public static async Task<ScreeningComplianceReport> ComputeAsync(RegistryDbContext db, string regionCode, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var policies = await db.RelevantScreeningPoliciesAsync(regionCode, ct);
        var sensitive = await db.SensitivePeriods.AsNoTracking().Where(s => s.EndsOn >= from && s.StartsOn <= to).ToListAsync(ct);
        var plan = Plan(policies, sensitive, from, to);
        var children = await db.Regions.AsNoTracking().ChildrenOf(regionCode)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var childLength = children.Count == 0 ? regionCode.Length : children[0].Code.Length;
        var session = new ReportSession(db, ReportTuning.LargeAggregatesFor(regionCode));
        var coverageBeside = session.Beside((context, token) => ScreeningComplianceQueries.CoverageAsync(context, regionCode, to, childLength, token), ct);
        var rows = Tally(plan, await ScreeningComplianceQueries.UnitDaysAsync(db, regionCode, plan.OwingRegions, from, to, ct), childLength);
        var coverage = await coverageBeside.Result;
        var name = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(ct);
        var totals = ScreeningRegionCompliance.Sum(regionCode, name, rows, coverage);
        var byRegion = children.Count == 0 ? [] : children
            .Select(c => ScreeningRegionCompliance.Sum(c.Code, c.Name, rows.Where(r => r.Child == c.Code), coverage.Where(r => r.Child == c.Code)))
            .ToList();
        return new ScreeningComplianceReport(db, plan, regionCode, from, to, totals, byRegion);
    }

    /// <summary>
    /// Per child region (code prefix of <paramref name="childLength"/>): units owing at least one period, units with a
    /// round in every period, periods owed and periods with a round. A unit's group is the first policy region of the
    /// plan, longest first, whose subtree holds its code, and its level (<see cref="ScreeningLevels.Of"/>); a region
    /// with no group for the level owes nothing rather than fall through to an enclosing region's cadence. It owes the
    /// group's periods it existed through (established by the first day, not dissolved before the last), and holds
    /// those with a round on one of their days.
    /// </summary>
    public static List<ScreeningChildRow> Tally(ScreeningPlan plan, IEnumerable<ScreeningUnitDays> units, int childLength)
    {
        var groups = plan.Groups.ToDictionary(g => (g.PolicyRegion, g.Level));
        var policyRegions = plan.PolicyRegions.Select(p => (Region: p, Upper: RegionCode.UpperBound(p))).ToList();
        var sums = new SortedDictionary<string, (int Units, int Compliant, int Required, int Recorded)>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (ScreeningLevels.Of(unit.Kind, unit.RegionCode) is not { } level) continue;
            var region = policyRegions.FirstOrDefault(p => string.CompareOrdinal(unit.RegionCode, p.Region) >= 0
                                                           && string.CompareOrdinal(unit.RegionCode, p.Upper) < 0).Region;
            if (region is null || !groups.TryGetValue((region, level), out var group)) continue;
            var (required, recorded) = (0, 0);
            foreach (var owed in group.Periods)
            {
                var period = owed.Period;
                if (period.Start < unit.EstablishedOn || unit.DissolvedOn is { } dissolved && period.End > dissolved) continue;
                required++;
                if (unit.HeldBetween(period.Start.DayNumber - plan.From.DayNumber, period.End.DayNumber - plan.From.DayNumber)) recorded++;
            }
            if (required == 0) continue;
            var child = unit.RegionCode[..Math.Min(childLength, unit.RegionCode.Length)];
            var sum = sums.GetValueOrDefault(child);
            sums[child] = (sum.Units + 1, sum.Compliant + (recorded >= required ? 1 : 0), sum.Required + required, sum.Recorded + recorded);
        }
        return sums.Select(s => new ScreeningChildRow(s.Key, s.Value.Units, s.Value.Compliant, s.Value.Required, s.Value.Recorded)).ToList();
    }

    /// <summary>One group per policy region and level that owes anything in the span.</summary>
    public static ScreeningPlan Plan(IReadOnlyCollection<ScreeningPolicy> policies, IReadOnlyCollection<SensitivePeriod> sensitive, DateOnly from, DateOnly to)
    {
        var groups = new List<ScreeningUnitGroup>();
        foreach (var region in policies.Select(p => p.RegionCode).Distinct().OrderByDescending(r => r.Length).ThenBy(r => r, StringComparer.Ordinal))
            foreach (var level in Enum.GetValues<ScreeningLevel>())
            {
                var periods = ScreeningSchedule.Required(policies, sensitive, region, level, from, to);
                if (periods.Count > 0) groups.Add(new ScreeningUnitGroup(groups.Count, region, level, periods));
            }
        return new ScreeningPlan(groups, policies.Select(p => p.RegionCode), from, to);
    }

    /// <summary>The policies that can bear on a region: its own and its ancestors', and those of regions inside it.</summary>
    public static Task<List<ScreeningPolicy>> RelevantScreeningPoliciesAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        var ancestors = RegionCode.SelfAndAncestors(regionCode).ToList();
        var (lower, upper) = (RegionCode.LowerBound(regionCode), RegionCode.UpperBound(regionCode));
        return db.ScreeningPolicies.AsNoTracking()
            .Where(p => ancestors.Contains(p.RegionCode) || string.Compare(p.RegionCode, lower) >= 0 && string.Compare(p.RegionCode, upper) < 0)
            .OrderBy(p => p.Id).ToListAsync(ct);
    }
}
