using Registry.Domain.Cases;

namespace Registry.Domain.Tests.Cases;

public class CaseCountsRatios
{
    [Fact]
    public void WithdrawnAndReferredCasesAreLeftOutOfTheAgreementRate()
    {
        // 10 closed: 5 written, 2 oral, 1 failed, 1 referred, 1 withdrawn → 7 agreements of 8 decided.
        var counts = new CaseCounts(10, 5, 2, 1, 1, 1, 0, 0, 0, 100);
        Assert.Equal(8, counts.Decided);
        Assert.Equal(7.0 / 8, counts.AgreementRate);
        Assert.Equal(2.0 / 7, counts.OralAgreementShare);
        Assert.Equal(10.0, counts.AverageDaysToClose);
    }

    [Fact]
    public void RatiosWithNothingToDivideByAreNull()
    {
        Assert.Null(CaseCounts.None.AgreementRate);
        Assert.Null(CaseCounts.None.OralAgreementShare);
        Assert.Null(CaseCounts.None.AverageDaysToClose);
        var onlyWithdrawn = new CaseCounts(2, 0, 0, 0, 0, 2, 0, 0, 0, 4);
        Assert.Null(onlyWithdrawn.AgreementRate);
        Assert.Equal(2.0, onlyWithdrawn.AverageDaysToClose);
    }

    [Fact]
    public void CountsAdd() =>
        Assert.Equal(new CaseCounts(3, 2, 1, 0, 0, 0, 1, 1, 1, 30),
            new CaseCounts(1, 1, 0, 0, 0, 0, 1, 0, 0, 10) + new CaseCounts(2, 1, 1, 0, 0, 0, 0, 1, 1, 20));
}
