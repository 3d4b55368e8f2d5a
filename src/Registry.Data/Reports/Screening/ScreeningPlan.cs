using System.Text.Json;
using Registry.Domain.Screening;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// What the domain decides for one report: the unit groups (policy region × level) with the periods each owes (the
/// counts match them to each unit's round days in C#), and the same as JSON tables for the page of missed periods —
/// groups and periods (numbered in order of start within a group).
/// </summary>
public sealed class ScreeningPlan
{
    public ScreeningPlan(IReadOnlyList<ScreeningUnitGroup> groups, IEnumerable<string> policyRegions, DateOnly from, DateOnly to)
    {
        From = from;
        Groups = groups;
        PolicyRegions = policyRegions.Distinct().OrderByDescending(r => r.Length).ThenBy(r => r, StringComparer.Ordinal).ToList();
        var periods = new List<object[]>();
        var groupRows = new List<object[]>();
        var number = 0;
        foreach (var group in groups)
        {
            var first = number;
            foreach (var required in group.Periods)
            {
                var p = required.Period;
                periods.Add([number, group.Number, Iso(p.Start), Iso(p.End)]);
                number++;
            }
            groupRows.Add([group.Number, group.PolicyRegion, group.Level.ToString(), group.Periods.Count,
                group.Periods.Count == 0 ? "9999-12-31" : Iso(group.Periods.Min(r => r.Period.Start)),
                group.Periods.Count == 0 ? "0001-01-01" : Iso(group.Periods.Max(r => r.Period.End)), first]);
        }
        PeriodCount = number;
        GroupsJson = JsonSerializer.Serialize(groupRows);
        PeriodsJson = JsonSerializer.Serialize(periods);
    }

    public IReadOnlyList<ScreeningUnitGroup> Groups { get; }
    public DateOnly From { get; }
    public int PeriodCount { get; }
    public string GroupsJson { get; }
    public string PeriodsJson { get; }

    /// <summary>
    /// Every region with a policy bearing on the report, longest first: SQL gives each committee the first that covers
    /// its code — also a region whose groups owe nothing in the span, whose units must then owe nothing rather than
    /// fall through to an enclosing region's cadence.
    /// </summary>
    public IReadOnlyList<string> PolicyRegions { get; }

    /// <summary>The policy regions with a group: a unit outside them all owes nothing.</summary>
    public IReadOnlyList<string> OwingRegions => Groups.Select(g => g.PolicyRegion).Distinct().ToList();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
