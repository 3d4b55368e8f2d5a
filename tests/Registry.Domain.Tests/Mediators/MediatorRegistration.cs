using Registry.Domain.Common;
using Registry.Domain.Mediators;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Mediators;

public class MediatorRegistration
{
    private static readonly MediatorDetails Valid = new(
        Name: "张桂兰",
        Gender: Gender.Female,
        BirthDate: new DateOnly(1949, 12, 31),
        IdNumber: "11010519491231002X",
        Phone: "13800138000",
        Education: Education.VocationalCollege,
        Background: ProfessionalBackground.RetiredJudge,
        Ethnicity: "汉族");

    [Fact]
    public void RegistersTheStatedDetails()
    {
        var mediator = Mediator.Register(Valid with { Name = "  张桂兰 ", IdNumber = "11010519491231002x" }, TestToday);

        Assert.Equal("张桂兰", mediator.Name);
        Assert.Equal(Gender.Female, mediator.Gender);
        Assert.Equal(new DateOnly(1949, 12, 31), mediator.BirthDate);
        Assert.Equal("11010519491231002X", mediator.IdNumber);
        Assert.Equal("13800138000", mediator.Phone);
        Assert.Equal("汉族", mediator.Ethnicity);
        Assert.Equal(ProfessionalBackground.RetiredJudge, mediator.Background);
    }

    [Fact]
    public void RejectsBirthDateDisagreeingWithTheIdNumber()
    {
        var error = DomainAssert.FailsWith(
            () => Mediator.Register(Valid with { BirthDate = new DateOnly(1949, 12, 30) }, TestToday), "birthDate", ErrorCodes.Conflict);
        Assert.Contains("1949-12-31", error.Message);
    }

    [Fact]
    public void RejectsGenderDisagreeingWithTheIdNumber()
    {
        var error = DomainAssert.FailsWith(
            () => Mediator.Register(Valid with { Gender = Gender.Male }, TestToday), "gender", ErrorCodes.Conflict);
        Assert.Contains("FEMALE", error.Message);
    }

    [Fact]
    public void RejectsAnInvalidIdNumber()
    {
        DomainAssert.FailsWith(
            () => Mediator.Register(Valid with { IdNumber = "110105194912310021" }, TestToday), "idNumber", ErrorCodes.Invalid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void RequiresAName(string? name)
    {
        DomainAssert.FailsWith(() => Mediator.Register(Valid with { Name = name }, TestToday), "name", ErrorCodes.Required);
    }

    [Fact]
    public void AcceptsANameOfFiftyCharacters()
    {
        var name = new string('李', Mediator.MaxNameLength);
        Assert.Equal(name, Mediator.Register(Valid with { Name = name }, TestToday).Name);
    }

    [Fact]
    public void RejectsANameOverFiftyCharacters()
    {
        DomainAssert.FailsWith(
            () => Mediator.Register(Valid with { Name = new string('李', Mediator.MaxNameLength + 1) }, TestToday), "name", ErrorCodes.TooLong);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12345")]
    [InlineData("138-0013-800x")]
    [InlineData("-13800138000")]
    public void RejectsABadPhone(string phone)
    {
        DomainAssert.FailsWith(() => Mediator.Register(Valid with { Phone = phone }, TestToday), "phone", ErrorCodes.Invalid);
    }

    [Theory]
    [InlineData("+86 138 0013 8000")]
    [InlineData("0816-2222333")]
    public void AcceptsPhonesWithPlusSpacesAndHyphens(string phone)
    {
        Assert.Equal(phone, Mediator.Register(Valid with { Phone = phone }, TestToday).Phone);
    }

    [Fact]
    public void TreatsABlankPhoneAsNone()
    {
        Assert.Null(Mediator.Register(Valid with { Phone = "  " }, TestToday).Phone);
    }

    [Fact]
    public void ReportsSeveralErrorsTogether()
    {
        var exception = Assert.Throws<DomainException>(() => Mediator.Register(Valid with
        {
            Name = " ",
            Phone = "call me",
            Gender = Gender.Male,
            BirthDate = new DateOnly(1950, 1, 1),
        }, TestToday));

        var reported = exception.Errors.Select(e => (string.Join('.', e.Field), e.Code)).ToList();
        Assert.Equal(
            [("name", ErrorCodes.Required), ("phone", ErrorCodes.Invalid), ("birthDate", ErrorCodes.Conflict), ("gender", ErrorCodes.Conflict)],
            reported);
    }

    [Fact]
    public void UpdateLeavesTheMediatorUnchangedWhenRejected()
    {
        var mediator = Mediator.Register(Valid, TestToday);

        Assert.Throws<DomainException>(() => mediator.Update(Valid with { Name = "王芳", Phone = "bad" }, TestToday));

        Assert.Equal("张桂兰", mediator.Name);
        Assert.Equal("13800138000", mediator.Phone);
    }
}
