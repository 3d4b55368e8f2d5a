using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Committees;

public class CommitteeCreation
{
    private static readonly CommitteeDetails Village = new(
        Name: "济源市承留镇南勋村人民调解委员会",
        Kind: CommitteeKind.Village,
        RegionCode: "419001104201",
        EstablishedOn: new DateOnly(2012, 5, 1));

    [Fact]
    public void RecordsTheStatedDetails()
    {
        var committee = Committee.Create(Village with { Name = "  南勋村调委会 ", HasFullTimeConditions = true }, TestToday);

        Assert.Equal("南勋村调委会", committee.Name);
        Assert.Equal(CommitteeKind.Village, committee.Kind);
        Assert.Equal("419001104201", committee.RegionCode);
        Assert.Equal(new DateOnly(2012, 5, 1), committee.EstablishedOn);
        Assert.Null(committee.DissolvedOn);
        Assert.True(committee.HasFullTimeConditions);
    }

    [Fact]
    public void RequiresASectorForAnIndustryProfessionalCommittee()
    {
        var medical = Village with { Kind = CommitteeKind.IndustryProfessional, RegionCode = "5107" };

        DomainAssert.FailsWith(() => Committee.Create(medical, TestToday), "sector", ErrorCodes.Required);
        Assert.Equal(Sector.Medical, Committee.Create(medical with { Sector = Sector.Medical }, TestToday).Sector);
    }

    [Fact]
    public void RequiresAHostForADispatchedOffice()
    {
        var office = Village with { Kind = CommitteeKind.DispatchedOffice, RegionCode = "510703" };

        DomainAssert.FailsWith(() => Committee.Create(office, TestToday), "hostInstitution", ErrorCodes.Required);
        Assert.Equal(HostInstitution.Court, Committee.Create(office with { HostInstitution = HostInstitution.Court }, TestToday).HostInstitution);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("41900")]
    [InlineData("4190011042011")]
    [InlineData("41900110420A")]
    [InlineData("4190 1104201")]
    public void RejectsABadRegionCode(string? regionCode)
    {
        DomainAssert.FailsWith(() => Committee.Create(Village with { RegionCode = regionCode }, TestToday), "regionCode", ErrorCodes.Invalid);
    }

    [Fact]
    public void RequiresAName()
    {
        DomainAssert.FailsWith(() => Committee.Create(Village with { Name = " " }, TestToday), "name", ErrorCodes.Required);
    }

    [Fact]
    public void ReportsSeveralErrorsTogether()
    {
        var exception = Assert.Throws<DomainException>(() => Committee.Create(Village with
        {
            Kind = CommitteeKind.IndustryProfessional,
            RegionCode = "5x",
            Name = "",
        }, TestToday));

        Assert.Equal(["name", "regionCode", "sector"], exception.Errors.Select(e => string.Join('.', e.Field)));
    }
}
