using Registry.Domain.Screening;

namespace Registry.Domain.Tests.Screening;

/// <summary>The periods owed under the seed jurisdictions' cadences, counted by hand.</summary>
public class ScreeningSchedules
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static ScreeningPolicy Policy(string region, string from, string? to, params (ScreeningLevel, ScreeningCadence, bool)[] rules) =>
        ScreeningPolicy.Create(new ScreeningPolicyDetails(region, "排查制度", "某司法局《通知》", D(from), to is null ? null : D(to),
            rules.Select(r => new ScreeningRule { Level = r.Item1, Cadence = r.Item2, DailyInSensitivePeriods = r.Item3 }).ToList()));

    private static readonly ScreeningPolicy Jiyuan = Policy("419001", "2023-01-01", null,
        (ScreeningLevel.Village, ScreeningCadence.Weekly, true), (ScreeningLevel.Township, ScreeningCadence.Monthly, true));

    private static readonly ScreeningPolicy Wushen = Policy("150626", "2024-03-25", "2024-11-30",
        (ScreeningLevel.Village, ScreeningCadence.Weekly, false), (ScreeningLevel.Township, ScreeningCadence.Monthly, false));

    private static readonly SensitivePeriod SpringFestival2024 = SensitivePeriod.Create("春节", D("2024-02-10"), D("2024-02-17"), "国务院办公厅通知");

    private static List<(string, string)> Owed(ScreeningPolicy policy, string region, ScreeningLevel level, string from, string to) =>
        ScreeningSchedule.Required([policy], [SpringFestival2024], region, level, D(from), D(to))
            .Select(r => (r.Period.Start.ToString("yyyy-MM-dd"), r.Period.End.ToString("yyyy-MM-dd"))).ToList();

    [Fact]
    public void AJiyuanTownshipOwesItsMonthAndEachDayOfTheSpringFestival()
    {
        var owed = Owed(Jiyuan, "419001002", ScreeningLevel.Township, "2024-02-01", "2024-02-29");

        Assert.Equal(9, owed.Count); // February (29 days, a leap year) + 10–17 February
        Assert.Equal(("2024-02-01", "2024-02-29"), owed[0]);
        Assert.Equal(("2024-02-10", "2024-02-10"), owed[1]);
        Assert.Equal(("2024-02-17", "2024-02-17"), owed[^1]);
    }

    [Fact]
    public void ASpanEndingOnTheTwentyEighthOfALeapFebruaryOwesNoMonth()
    {
        Assert.Equal(8, Owed(Jiyuan, "419001002", ScreeningLevel.Township, "2024-02-01", "2024-02-28").Count);
    }

    [Fact]
    public void WushenOwesNothingAfterItsPolicyEndsOn30November()
    {
        // 1 November 2024 is a Friday: whole weeks from the 4th; that of 25 November ends on 1 December, after the policy.
        Assert.Equal([("2024-11-04", "2024-11-10"), ("2024-11-11", "2024-11-17"), ("2024-11-18", "2024-11-24")],
            Owed(Wushen, "150626100002", ScreeningLevel.Village, "2024-11-01", "2024-12-31"));
        Assert.Equal([("2024-11-01", "2024-11-30")], Owed(Wushen, "150626100", ScreeningLevel.Township, "2024-11-01", "2024-12-31"));
    }

    [Fact]
    public void APolicyStartingMidMonthOwesNoRoundForThatMonth()
    {
        // Wushen starts on Monday 25 March 2024: its first week is whole, March is not.
        Assert.Equal([("2024-03-25", "2024-03-31")], Owed(Wushen, "150626100002", ScreeningLevel.Village, "2024-03-01", "2024-03-31"));
        Assert.Empty(Owed(Wushen, "150626100", ScreeningLevel.Township, "2024-03-01", "2024-03-31"));
    }

    [Fact]
    public void AMoreSpecificPolicyReplacesTheCadenceFromItsFirstDay()
    {
        var county = Policy("419001", "2024-02-16", null, (ScreeningLevel.Village, ScreeningCadence.HalfMonthly, false));
        var province = Policy("41", "2024-01-01", null, (ScreeningLevel.Village, ScreeningCadence.Monthly, false));

        var owed = ScreeningSchedule.Required([county, province], [], "419001001001", ScreeningLevel.Village, D("2024-01-01"), D("2024-03-31"));

        // January under Henan (monthly); 1–15 February is cut (Henan's February is not whole); then Jiyuan's half-months.
        Assert.Equal([("2024-01-01", "2024-01-31"), ("2024-02-16", "2024-02-29"), ("2024-03-01", "2024-03-15"), ("2024-03-16", "2024-03-31")],
            owed.Select(r => (r.Period.Start.ToString("yyyy-MM-dd"), r.Period.End.ToString("yyyy-MM-dd"))).ToList());
    }
}
