namespace Registry.Domain.Screening;

/// <summary>
/// The rounds a level owes in a region over a span of days: the whole periods of the governing cadence
/// (<see cref="ScreeningCalendar"/>), cut wherever the governing policy changes, plus — when the rule says so — every
/// day of a sensitive period (a Jiyuan township owes its February month and each of the eight days of the 2024
/// Spring Festival, 10–17 February). A day no policy governs owes nothing.
/// </summary>
public static class ScreeningSchedule
{
    /// <summary>The longest span a report may ask about, so a request cannot make the calendar enumerate centuries.</summary>
    public const int MaxDays = 3 * 366;

    public static IReadOnlyList<RequiredPeriod> Required(IReadOnlyCollection<ScreeningPolicy> policies, IReadOnlyCollection<SensitivePeriod> sensitive,
        string regionCode, ScreeningLevel level, DateOnly from, DateOnly to)
    {
        var result = new List<RequiredPeriod>();
        foreach (var (run, governing) in Runs(policies, regionCode, level, from, to))
        {
            var rule = governing.Rule;
            result.AddRange(ScreeningCalendar.WholePeriods(rule.Cadence, run.Start, run.End).Select(p => new RequiredPeriod(p, governing.Policy.Id, false)));
            if (!rule.DailyInSensitivePeriods || rule.Cadence == ScreeningCadence.Daily) continue;
            for (var day = run.Start; day <= run.End; day = day.AddDays(1))
                if (sensitive.Any(s => s.Days.Contains(day)))
                    result.Add(new RequiredPeriod(new ScreeningPeriod(day, day), governing.Policy.Id, true));
        }
        return result.OrderBy(r => r.Period.Start).ThenBy(r => r.Period.End).ToList();
    }

    /// <summary>The maximal runs of days governed by one rule of one policy.</summary>
    private static IEnumerable<(ScreeningPeriod Run, GoverningScreeningRule Governing)> Runs(IReadOnlyCollection<ScreeningPolicy> policies,
        string regionCode, ScreeningLevel level, DateOnly from, DateOnly to)
    {
        GoverningScreeningRule? current = null;
        var start = from;
        for (var day = from; day <= to.AddDays(1); day = day.AddDays(1))
        {
            var governing = day <= to ? ScreeningPolicyResolver.GoverningRule(policies, regionCode, level, day) : null;
            if (governing?.Policy == current?.Policy && ReferenceEquals(governing?.Rule, current?.Rule) && day <= to) continue;
            if (current is not null) yield return (new ScreeningPeriod(start, day.AddDays(-1)), current);
            current = governing;
            start = day;
        }
    }
}
