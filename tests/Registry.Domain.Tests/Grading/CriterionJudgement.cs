using Registry.Domain.Common;
using Registry.Domain.Certificates;
using Registry.Domain.Grading;

namespace Registry.Domain.Tests.Grading;

public class CriterionJudgement
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Theory]
    [InlineData("2024-11-22", 2)]
    [InlineData("2024-11-23", 1)]
    [InlineData("2026-11-23", 0)]
    [InlineData("2020-02-29", 6)]
    public void AYearOfServiceCountsOnceItsAnniversaryIsReached(string since, int years) =>
        Assert.Equal(years, GradeCriterion.WholeYears(DateOnly.Parse(since), AsOf));

    /// <summary>
    /// LatestStart is the last start reaching n whole years by the day (what SQL compares with): a start on 29 February
    /// reaches its anniversary on 28 February of a common year, so it qualifies for a day that 1 March would not.
    /// </summary>
    [Theory]
    [InlineData("2026-11-22", 3, "2023-11-22")]
    [InlineData("2025-02-28", 1, "2024-02-29")]
    [InlineData("2028-02-29", 4, "2024-02-29")]
    [InlineData("2028-02-29", 1, "2027-02-28")]
    [InlineData("2025-03-01", 1, "2024-03-01")]
    public void LatestStartIsTheLastDayThatStillReachesTheYears(string asOf, int years, string latest)
    {
        var day = DateOnly.Parse(asOf);
        var last = GradeCriterion.LatestStart(years, day);
        Assert.Equal(DateOnly.Parse(latest), last);
        Assert.True(GradeCriterion.WholeYears(last, day) >= years);
        Assert.True(GradeCriterion.WholeYears(last.AddDays(1), day) < years);
    }

    [Fact]
    public void WindowsEndOnTheDayAndTrainingCountsCalendarYears()
    {
        var cases = new GradeCriterion(CriterionKind.CasesLed, 50, 2);
        Assert.Equal(new DateOnly(2024, 11, 23), cases.WindowStart(AsOf));
        Assert.Equal(2025, new GradeCriterion(CriterionKind.TrainingHours, 20, 2).TrainingFromYear(AsOf));
    }

    [Fact]
    public void NoAgreementMeansAnOralShareOfZeroButNoAgreementRate()
    {
        var none = GradingFigures.None;
        Assert.True(new GradeCriterion(CriterionKind.OralAgreementShare, 0.3m, 1).Judge(none, AsOf, 1).Met);
        var rate = new GradeCriterion(CriterionKind.AgreementRate, 0.85m, 1).Judge(none, AsOf, 1);
        Assert.Equal((null, false), (rate.Actual, rate.Met));
    }

    [Fact]
    public void TrainingWithoutHoursAsksTheRequirementsYearlyHoursForEachYear()
    {
        var result = new GradeCriterion(CriterionKind.TrainingHours, null, 2).Judge(GradingFigures.None with { TrainingMinutes = 30 * 60 }, AsOf, 1, 20 * 60);
        Assert.Equal((40m, 30m, false), (result.Required!.Value, result.Actual!.Value, result.Met));
    }

    [Fact]
    public void ACertificateExpiresWithTheDateAndARenewalKeepsThePast()
    {
        var today = new DateOnly(2026, 11, 22);
        var c = Certificate.Issue(1, "440106-2024-00001", "440106", new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), [], today);
        Assert.Equal(CertificateStatus.Expired, c.StatusOn(new DateOnly(2026, 1, 1)));
        Assert.Throws<DomainException>(() => c.Suspend(new DateOnly(2026, 1, 5), "x", null, today));
        c.Renew(new DateOnly(2026, 2, 1), new DateOnly(2028, 12, 31), today);
        Assert.Equal((CertificateStatus.Expired, CertificateStatus.Active), (c.StatusOn(new DateOnly(2026, 1, 15))!.Value, c.StatusOn(today)!.Value));
        c.Revoke(new DateOnly(2026, 3, 1), "违纪", null, today);
        var refused = Assert.Throws<DomainException>(() => c.Renew(new DateOnly(2026, 4, 1), new DateOnly(2029, 12, 31), today));
        Assert.Equal(ErrorCodes.InvalidState, refused.Errors[0].Code);
        Assert.Throws<DomainException>(() => Certificate.Issue(1, "X-2", "440106", today, today.AddYears(3),
            [Certificate.Issue(1, "X-1", "440106", new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1), [], today)], today));
    }
}
