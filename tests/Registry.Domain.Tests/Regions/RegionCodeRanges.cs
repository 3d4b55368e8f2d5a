using Registry.Domain.Regions;

namespace Registry.Domain.Tests.Regions;

public class RegionCodeRanges
{
    [Theory]
    [InlineData("5107", "5108")]
    [InlineData("41", "42")]
    [InlineData("419001", "419002")]
    [InlineData("59", "5:")]
    [InlineData("5109", "510:")]
    public void UpperBoundIncrementsTheLastCharacter(string prefix, string bound)
    {
        Assert.Equal(bound, RegionCode.UpperBound(prefix));
    }

    [Theory]
    [InlineData("59")]
    [InlineData("5107")]
    [InlineData("419009")]
    [InlineData("99")]
    public void EveryCodeInsideLiesBelowTheUpperBound(string prefix)
    {
        var bound = RegionCode.UpperBound(prefix);
        var inside = new[] { "0", "00", "0000", "000000", "999", "999999", "9999999999" }
            .Select(tail => prefix + tail)
            .Where(code => code.Length <= 12)
            .Append(prefix)
            .Append((prefix + "999999999999")[..12])
            .Append((prefix + "000000000000")[..12]);

        foreach (var code in inside)
        {
            Assert.True(string.CompareOrdinal(prefix, code) <= 0, $"{prefix} <= {code}");
            Assert.True(string.CompareOrdinal(code, bound) < 0, $"{code} < {bound}");
        }
    }

    [Fact]
    public void EveryTwelveDigitCodeStartingWith59IsBelow5Colon()
    {
        // Walk the ten-digit tails in coarse steps, including both ends.
        for (long tail = 0; tail <= 9_999_999_999; tail += 99_999_999)
        {
            var code = "59" + tail.ToString("0000000000");
            Assert.True(string.CompareOrdinal(code, "5:") < 0, code);
        }
        Assert.True(string.CompareOrdinal("599999999999", "5:") < 0);
    }

    [Theory]
    [InlineData("5107", "510800000000")]
    [InlineData("5107", "5108")]
    [InlineData("59", "600000000000")]
    [InlineData("59", "60")]
    public void TheNextSiblingIsNotBelowTheUpperBound(string prefix, string sibling)
    {
        Assert.True(string.CompareOrdinal(sibling, RegionCode.UpperBound(prefix)) >= 0);
    }

    [Theory]
    [InlineData("110000000000")]
    [InlineData("11")]
    [InlineData("999999999999")]
    [InlineData("65")]
    public void TheNationsRangeHoldsEveryCode(string code)
    {
        var (lower, upper) = (RegionCode.LowerBound(RegionCode.Nation), RegionCode.UpperBound(RegionCode.Nation));
        Assert.True(string.CompareOrdinal(lower, code) <= 0 && string.CompareOrdinal(code, upper) < 0, $"{lower} <= {code} < {upper}");
        Assert.True(RegionCode.Covers(RegionCode.Nation, code));
        Assert.False(RegionCode.Covers(code, RegionCode.Nation));
    }

    [Fact]
    public void ARegionsLowerBoundIsItself()
    {
        Assert.Equal("4401", RegionCode.LowerBound("4401"));
        Assert.False(RegionCode.IsWellFormed("CN"));
    }
}
