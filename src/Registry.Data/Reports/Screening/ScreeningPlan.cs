using System.Text.Json;
using Registry.Domain.Screening;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// What the domain hands SQL for one report: the unit groups (policy region × level) with the periods each owes, and
/// the same as JSON tables — groups, periods (numbered in order of start within a group) and days (each day of the
/// span mapped to the periods containing it, so a round finds its periods by equality, not by a range scan).
/// </summary>
public sealed class ScreeningPlan
{
    public ScreeningPlan(IReadOnlyList<ScreeningUnitGroup> groups, IEnumerable<string> policyRegions, DateOnly from, DateOnly to)
    {
        From = from;
        SpanDays = to.DayNumber - from.DayNumber + 1;
        RegularMap = Enumerable.Repeat(-1, groups.Count * SpanDays).ToArray();
        SensitiveMap = Enumerable.Repeat(-1, groups.Count * SpanDays).ToArray();
        var starts = new List<DateOnly>();
        var ends = new List<DateOnly>();
        Groups = groups;
        PolicyRegions = policyRegions.Distinct().OrderByDescending(r => r.Length).ThenBy(r => r, StringComparer.Ordinal).ToList();
        var periods = new List<object[]>();
        var days = new List<object[]>();
        var groupRows = new List<object[]>();
        var number = 0;
        foreach (var group in groups)
        {
            var first = number;
            foreach (var required in group.Periods)
            {
                var p = required.Period;
                periods.Add([number, group.Number, Iso(p.Start), Iso(p.End)]);
                starts.Add(p.Start);
                ends.Add(p.End);
                var map = required.SensitiveDay ? SensitiveMap : RegularMap;
                for (var day = p.Start; day <= p.End; day = day.AddDays(1))
                {
                    days.Add([group.Number, Iso(day), number, Iso(p.Start), Iso(p.End)]);
                    map[group.Number * SpanDays + day.DayNumber - from.DayNumber] = number;
                }
                number++;
            }
            groupRows.Add([group.Number, group.PolicyRegion, group.Level.ToString(), group.Periods.Count,
                group.Periods.Count == 0 ? "9999-12-31" : Iso(group.Periods.Min(r => r.Period.Start)),
                group.Periods.Count == 0 ? "0001-01-01" : Iso(group.Periods.Max(r => r.Period.End)), first]);
        }
        PeriodCount = number;
        Starts = starts.ToArray();
        Ends = ends.ToArray();
        GroupsJson = JsonSerializer.Serialize(groupRows);
        PeriodsJson = JsonSerializer.Serialize(periods);
        DaysJson = JsonSerializer.Serialize(days);
    }

    public IReadOnlyList<ScreeningUnitGroup> Groups { get; }
    public DateOnly From { get; }
    public int SpanDays { get; }

    /// <summary>
    /// For PostgreSQL, the day map as arrays: element <c>group × SpanDays + (day − From)</c> is the number of the regular
    /// period (of <see cref="RegularMap"/>) or the sensitive-day period (<see cref="SensitiveMap"/>) holding that day, or
    /// −1 — never null: PostgreSQL subscripts an array without nulls in constant time, one with nulls by walking it;
    /// <see cref="Starts"/> and <see cref="Ends"/> are each period's bounds by number. A round finds its periods
    /// by subscript, with no join the planner could misjudge.
    /// </summary>
    public int[] RegularMap { get; }
    public int[] SensitiveMap { get; }
    public DateOnly[] Starts { get; }
    public DateOnly[] Ends { get; }
    public int PeriodCount { get; }
    public string GroupsJson { get; }
    public string PeriodsJson { get; }
    public string DaysJson { get; }

    /// <summary>
    /// Every region with a policy bearing on the report, longest first: SQL gives each committee the first that covers
    /// its code — also a region whose groups owe nothing in the span, whose units must then owe nothing rather than
    /// fall through to an enclosing region's cadence.
    /// </summary>
    public IReadOnlyList<string> PolicyRegions { get; }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
