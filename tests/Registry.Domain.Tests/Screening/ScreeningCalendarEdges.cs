using Registry.Domain.Screening;

namespace Registry.Domain.Tests.Screening;

public class ScreeningCalendarEdges
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string, string)> Whole(ScreeningCadence cadence, string from, string to) =>
        ScreeningCalendar.WholePeriods(cadence, D(from), D(to)).Select(p => (p.Start.ToString("yyyy-MM-dd"), p.End.ToString("yyyy-MM-dd"))).ToList();

    [Fact]
    public void WeeksRunMondayToSunday()
    {
        // 2024-01-03 is a Wednesday; its week began on Monday 1 January.
        var week = ScreeningCalendar.PeriodContaining(ScreeningCadence.Weekly, D("2024-01-03"));
        Assert.Equal((D("2024-01-01"), D("2024-01-07")), (week.Start, week.End));
        var sunday = ScreeningCalendar.PeriodContaining(ScreeningCadence.Weekly, D("2024-01-07"));
        Assert.Equal(D("2024-01-01"), sunday.Start);
    }

    [Fact]
    public void ASpanStartingMidWeekOwesOnlyTheWholeWeeksInside()
    {
        Assert.Equal([("2024-01-08", "2024-01-14"), ("2024-01-15", "2024-01-21"), ("2024-01-22", "2024-01-28")],
            Whole(ScreeningCadence.Weekly, "2024-01-03", "2024-01-31"));
    }

    [Fact]
    public void HalfMonthsSplitOnTheFifteenthAndEndWithTheMonthInALeapYear()
    {
        Assert.Equal([("2024-02-01", "2024-02-15"), ("2024-02-16", "2024-02-29")], Whole(ScreeningCadence.HalfMonthly, "2024-02-01", "2024-02-29"));
        Assert.Equal([("2023-02-01", "2023-02-15"), ("2023-02-16", "2023-02-28")], Whole(ScreeningCadence.HalfMonthly, "2023-02-01", "2023-02-28"));
        // A span ending on 28 February 2024 cuts the second half: only the first is owed.
        Assert.Equal([("2024-02-01", "2024-02-15")], Whole(ScreeningCadence.HalfMonthly, "2024-02-01", "2024-02-28"));
    }

    [Fact]
    public void MonthsAndQuartersAreCalendarOnes()
    {
        Assert.Equal([("2024-02-01", "2024-02-29")], Whole(ScreeningCadence.Monthly, "2024-01-15", "2024-03-30"));
        Assert.Equal([("2021-04-01", "2021-06-30"), ("2021-07-01", "2021-09-30")], Whole(ScreeningCadence.Quarterly, "2021-02-01", "2021-12-30"));
    }

    [Fact]
    public void ADailyCadenceOwesEveryDayOfTheSpan()
    {
        Assert.Equal(3, Whole(ScreeningCadence.Daily, "2024-02-28", "2024-03-01").Count); // 28, 29 February and 1 March
    }
}
