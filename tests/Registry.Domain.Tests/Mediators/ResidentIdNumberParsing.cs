using Registry.Domain.Mediators;

namespace Registry.Domain.Tests.Mediators;

public class ResidentIdNumberParsing
{
    // The GB 11643-1999 example. Digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2
    // times weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2; "10X98765432"[2] = 'X'.
    private const string Standard = "11010519491231002X";

    // Same number with sequence 001: the last product drops from 4 to 2, sum 165, 165 mod 11 = 0 → '1'.
    private const string StandardMale = "110105194912310011";

    [Fact]
    public void AcceptsTheStandardExampleWithItsBirthDateAndGender()
    {
        Assert.True(ResidentIdNumber.TryParse(Standard, out var number, out var reason));
        Assert.Equal("", reason);
        Assert.Equal(Standard, number!.Value);
        Assert.Equal(new DateOnly(1949, 12, 31), number.BirthDate);
        Assert.Equal(Gender.Female, number.Gender);
    }

    [Fact]
    public void ReadsGenderFromTheSeventeenthDigit()
    {
        Assert.True(ResidentIdNumber.TryParse(StandardMale, out var number, out _));
        Assert.Equal(Gender.Male, number!.Gender);
        Assert.Equal(new DateOnly(1949, 12, 31), number.BirthDate);
    }

    [Fact]
    public void ComputesTheCheckCharacterOfTheStandardExample()
    {
        Assert.Equal('X', ResidentIdNumber.CheckCharacterOf(Standard));
        Assert.Equal('1', ResidentIdNumber.CheckCharacterOf(StandardMale));
    }

    [Fact]
    public void AcceptsLowerCaseXAndStoresItUpperCase()
    {
        Assert.True(ResidentIdNumber.TryParse("11010519491231002x", out var number, out _));
        Assert.Equal(Standard, number!.Value);
    }

    [Fact]
    public void TrimsSurroundingWhitespace()
    {
        Assert.True(ResidentIdNumber.TryParse("  " + Standard + " ", out var number, out _));
        Assert.Equal(Standard, number!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X0")]
    [InlineData("110105491231002")]
    public void RejectsWrongLength(string? text)
    {
        Assert.False(ResidentIdNumber.TryParse(text, out var number, out var reason));
        Assert.Null(number);
        Assert.Contains("18 characters", reason);
    }

    [Theory]
    [InlineData("1101051949123100AX")]
    [InlineData("A1010519491231002X")]
    [InlineData("11010519491231002Y")]
    [InlineData("１１0105194912310011")] // full-width digits are not ASCII digits
    public void RejectsLetters(string text)
    {
        Assert.False(ResidentIdNumber.TryParse(text, out var number, out var reason));
        Assert.Null(number);
        Assert.Contains("17 digits", reason);
    }

    [Theory]
    [InlineData("19990230")]
    [InlineData("19991301")]
    [InlineData("19990001")]
    [InlineData("20230229")]
    public void RejectsImpossibleBirthDate(string birth)
    {
        // A correct check character, so that only the date is wrong.
        var body = "110105" + birth + "001";
        var text = body + ResidentIdNumber.CheckCharacterOf(body);

        Assert.False(ResidentIdNumber.TryParse(text, out var number, out var reason));
        Assert.Null(number);
        Assert.Contains("birth date", reason);
    }

    [Theory]
    [InlineData("110105194912310020")]
    [InlineData("110105194912310021")]
    [InlineData("11010519491231001X")]
    [InlineData("110105194912310012")]
    public void RejectsWrongCheckCharacter(string text)
    {
        Assert.False(ResidentIdNumber.TryParse(text, out var number, out var reason));
        Assert.Null(number);
        Assert.Contains("checksum", reason);
    }
}
