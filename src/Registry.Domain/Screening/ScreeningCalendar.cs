namespace Registry.Domain.Screening;

/// <summary>
/// The one place that cuts the calendar into screening periods. Weeks run Monday to Sunday (the Chinese working week,
/// as ISO 8601); half-months are the 1st–15th and the 16th–last day (28, 29, 30 or 31); months and quarters are
/// calendar ones; a daily period is one day.
/// <para>
/// Edges: only <b>whole</b> periods are owed. A week, half-month, month or quarter that the span cuts — because the
/// span asked about starts or ends inside it, or the governing policy starts or ends inside it — is not required:
/// the registry cannot say a week was missed when it only governs or looks at part of it. So 2024-01-03 (a
/// Wednesday) to 2024-01-31 holds three whole weeks, those starting 8, 15 and 22 January: the week of 1 January
/// began before the span and that of 29 January ends on 4 February, after it.
/// </para>
/// </summary>
public static class ScreeningCalendar
{
    /// <summary>The period of <paramref name="cadence"/> that contains <paramref name="day"/>.</summary>
    public static ScreeningPeriod PeriodContaining(ScreeningCadence cadence, DateOnly day)
    {
        switch (cadence)
        {
            case ScreeningCadence.Daily:
                return new(day, day);
            case ScreeningCadence.Weekly:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new(monday, monday.AddDays(6));
            case ScreeningCadence.HalfMonthly:
                return day.Day <= 15
                    ? new(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 15))
                    : new(new DateOnly(day.Year, day.Month, 16), LastOfMonth(day.Year, day.Month));
            case ScreeningCadence.Monthly:
                return new(new DateOnly(day.Year, day.Month, 1), LastOfMonth(day.Year, day.Month));
            case ScreeningCadence.Quarterly:
                var first = (day.Month - 1) / 3 * 3 + 1;
                return new(new DateOnly(day.Year, first, 1), LastOfMonth(day.Year, first + 2));
            default:
                throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Not a screening cadence.");
        }
    }

    /// <summary>Every period of <paramref name="cadence"/> lying wholly inside <paramref name="from"/>–<paramref name="to"/>, in order.</summary>
    public static IEnumerable<ScreeningPeriod> WholePeriods(ScreeningCadence cadence, DateOnly from, DateOnly to)
    {
        var period = PeriodContaining(cadence, from);
        if (period.Start < from) period = PeriodContaining(cadence, period.End.AddDays(1));
        while (period.End <= to)
        {
            yield return period;
            period = PeriodContaining(cadence, period.End.AddDays(1));
        }
    }

    private static DateOnly LastOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
