using Registry.Domain.Committees;

namespace Registry.Domain.Tests.Committees;

public class CommitteeStandardisation
{
    private static Committee With(Uniformity uniformities, Implementation implementations) =>
        Committee.Create(new CommitteeDetails("南勋村调委会", CommitteeKind.Village, "419001104201", new DateOnly(2012, 5, 1),
            Uniformities: uniformities, Implementations: implementations), TestToday);

    [Fact]
    public void IsStandardisedWithAllSixUniformitiesAndFiveImplementations()
    {
        var all = Uniformity.Sign | Uniformity.Badge | Uniformity.Rules | Uniformity.Documents | Uniformity.Procedure | Uniformity.Statistics;
        var five = Implementation.Organisation | Implementation.Staff | Implementation.Premises | Implementation.Funding | Implementation.Remuneration;

        Assert.True(With(all, five).IsStandardised);
    }

    [Theory]
    [InlineData(Uniformity.Sign)]
    [InlineData(Uniformity.Badge)]
    [InlineData(Uniformity.Rules)]
    [InlineData(Uniformity.Documents)]
    [InlineData(Uniformity.Procedure)]
    [InlineData(Uniformity.Statistics)]
    public void IsNotStandardisedWhenAUniformityIsMissing(Uniformity missing)
    {
        Assert.False(With(Uniformity.All & ~missing, Implementation.All).IsStandardised);
    }

    [Theory]
    [InlineData(Implementation.Organisation)]
    [InlineData(Implementation.Staff)]
    [InlineData(Implementation.Premises)]
    [InlineData(Implementation.Funding)]
    [InlineData(Implementation.Remuneration)]
    public void IsNotStandardisedWhenAnImplementationIsMissing(Implementation missing)
    {
        Assert.False(With(Uniformity.All, Implementation.All & ~missing).IsStandardised);
    }

    [Fact]
    public void IsNotStandardisedWithNothingInPlace()
    {
        Assert.False(With(Uniformity.None, Implementation.None).IsStandardised);
    }

    [Fact]
    public void IgnoresUndefinedFlagBits()
    {
        var committee = With(Uniformity.All | (Uniformity)64, Implementation.All | (Implementation)32);

        Assert.Equal(Uniformity.All, committee.Uniformities);
        Assert.Equal(Implementation.All, committee.Implementations);
        Assert.True(committee.IsStandardised);
    }
}
