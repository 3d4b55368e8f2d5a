using Registry.Domain.Regions;

namespace Registry.Domain.Tests.Regions;

public class RegionCodeFormat
{
    [Theory]
    [InlineData("41")]
    [InlineData("4190")]
    [InlineData("419001")]
    [InlineData("419001104")]
    [InlineData("419001104201")]
    public void AcceptsTwoFourSixNineAndTwelveDigits(string code)
    {
        Assert.True(RegionCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("419")]
    [InlineData("41900")]
    [InlineData("4190011")]
    [InlineData("41900110")]
    [InlineData("4190011042")]
    [InlineData("41900110420")]
    [InlineData("4190011042011")]
    public void RejectsOtherLengths(string? code)
    {
        Assert.False(RegionCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData("4A")]
    [InlineData("41-0")]
    [InlineData("41900 ")]
    [InlineData("41900110420X")]
    [InlineData("４１")] // full-width digits
    [InlineData("٤١")] // Arabic-Indic digits
    public void RejectsAnythingButAsciiDigits(string code)
    {
        Assert.False(RegionCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData("41", RegionLevel.Province)]
    [InlineData("5107", RegionLevel.Prefecture)]
    [InlineData("419001", RegionLevel.County)]
    [InlineData("419001104", RegionLevel.Township)]
    [InlineData("419001104201", RegionLevel.Village)]
    public void LevelFollowsTheLength(string code, RegionLevel level)
    {
        Assert.Equal(level, RegionCode.LevelOf(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("419")]
    public void LevelOfAMalformedCodeIsAnError(string code)
    {
        Assert.Throws<ArgumentException>(() => RegionCode.LevelOf(code));
    }
}
