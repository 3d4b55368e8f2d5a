using Registry.Data.Reports.Subsidies;

namespace Registry.Data.Tests.Reports;

/// <summary>A statement's period cut into parts of whole calendar months, which the summary sums side by side.</summary>
public sealed class SubsidyScopeParts
{
    private static string Show(IEnumerable<SubsidyScope> parts) => string.Join(" ", parts.Select(p => $"{p.From:MM-dd}..{p.To:MM-dd}"));

    [Fact]
    public void AQuarterIsItsThreeMonths()
    {
        var parts = new SubsidyScope("51", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)).InMonthParts(3);
        Assert.Equal("01-01..01-31 02-01..02-28 03-01..03-31", Show(parts));
        Assert.All(parts, p => Assert.Equal("51", p.RegionCode));
    }

    [Fact]
    public void APeriodCutMidMonthKeepsItsOwnEnds()
    {
        var parts = new SubsidyScope("51", new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 10)).InMonthParts(3);
        Assert.Equal("01-15..01-31 02-01..02-28 03-01..03-10", Show(parts));
    }

    [Fact]
    public void MoreMonthsThanPartsAreSharedOutEvenlyFirstPartsLonger()
    {
        Assert.Equal("01-01..04-30 05-01..08-31 09-01..12-31",
            Show(new SubsidyScope("51", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).InMonthParts(3)));
        Assert.Equal("01-01..02-28 03-01..04-30 05-01..05-31",
            Show(new SubsidyScope("51", new DateOnly(2026, 1, 1), new DateOnly(2026, 5, 31)).InMonthParts(3)));
        var acrossYears = new SubsidyScope("51", new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)).InMonthParts(3);
        Assert.Equal([new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1)], acrossYears.Select(p => p.From));
        Assert.Equal([new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 31)], acrossYears.Select(p => p.To));
    }

    [Fact]
    public void APeriodInsideOneMonthIsOnePartAndEveryDayIsInExactlyOnePart()
    {
        var scope = new SubsidyScope("51", new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 20));
        Assert.Equal([scope], scope.InMonthParts(3));
        var year = new SubsidyScope("51", new DateOnly(2025, 7, 9), new DateOnly(2026, 7, 8));
        var parts = year.InMonthParts(3);
        for (var day = year.From; day <= year.To; day = day.AddDays(1))
            Assert.Single(parts, p => p.From <= day && day <= p.To);
        Assert.Equal(year.To.DayNumber - year.From.DayNumber + 1, parts.Sum(p => p.To.DayNumber - p.From.DayNumber + 1));
    }
}
