using Registry.Domain.Mediators;

namespace Registry.Domain.Tests.Mediators;

public class ResidentIdNumberComposition
{
    public static TheoryData<string, DateOnly, Gender> People => new()
    {
        { "110105", new DateOnly(1949, 12, 31), Gender.Female },
        { "419001", new DateOnly(1980, 2, 29), Gender.Male },
        { "510703", new DateOnly(2000, 1, 1), Gender.Female },
        { "220102", new DateOnly(1965, 7, 15), Gender.Male },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void ComposedNumbersParseBackToTheGivenBirthDateAndGender(string address, DateOnly birth, Gender gender)
    {
        foreach (var sequence in new[] { 0, 1, 2, 9, 10, 57, 99, 100, 123, 250, 499, 500, 777, 998, 999 })
        {
            var text = ResidentIdNumber.Compose(address, birth, sequence, gender);

            Assert.True(ResidentIdNumber.TryParse(text, out var number, out var reason), $"{text} (sequence {sequence}): {reason}");
            Assert.Equal(text, number!.Value);
            Assert.StartsWith(address, text);
            Assert.Equal(birth, number.BirthDate);
            Assert.Equal(gender, number.Gender);
        }
    }

    [Fact]
    public void ComposesDistinctNumbersForDistinctSmallSequences()
    {
        var numbers = Enumerable.Range(0, 500)
            .Select(sequence => ResidentIdNumber.Compose("110105", new DateOnly(1990, 5, 5), sequence, Gender.Male));

        Assert.Equal(500, numbers.Distinct().Count());
    }

    [Fact]
    public void MaskHidesTheBirthDate()
    {
        Assert.Equal("110105********002X", ResidentIdNumber.Mask("11010519491231002X"));
    }

    [Fact]
    public void MaskHidesEverythingOfAMalformedNumber()
    {
        Assert.Equal("*****", ResidentIdNumber.Mask("12345"));
    }
}
