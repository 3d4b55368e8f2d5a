using Registry.Domain.Regions;

namespace Registry.Domain.Tests.Regions;

public class RegionCodeHierarchy
{
    [Theory]
    [InlineData("41", "41")]
    [InlineData("41", "4190")]
    [InlineData("41", "419001104201")]
    [InlineData("5107", "510703")]
    [InlineData("419001", "419001104")]
    public void CoversItselfAndEveryCodeInside(string ancestor, string code)
    {
        Assert.True(RegionCode.Covers(ancestor, code));
    }

    [Theory]
    [InlineData("4190", "41")]
    [InlineData("5107", "5108")]
    [InlineData("5107", "510")]
    [InlineData("41", "141")]
    [InlineData("22", "2")]
    public void DoesNotCoverAncestorsSiblingsOrLookAlikes(string ancestor, string code)
    {
        Assert.False(RegionCode.Covers(ancestor, code));
    }

    [Fact]
    public void ListsSelfAndAncestorsLongestFirst()
    {
        Assert.Equal(
            ["419001001001", "419001001", "419001", "4190", "41"],
            RegionCode.SelfAndAncestors("419001001001"));
    }

    [Theory]
    [InlineData("419001", new[] { "419001", "4190", "41" })]
    [InlineData("41", new[] { "41" })]
    [InlineData("510703101", new[] { "510703101", "510703", "5107", "51" })]
    public void ListsOnlyLevelsAtOrAboveTheCode(string code, string[] expected)
    {
        Assert.Equal(expected, RegionCode.SelfAndAncestors(code));
    }

    [Fact]
    public void GivesTheSameAncestorsEveryTime()
    {
        var first = RegionCode.SelfAndAncestors("419001001001").ToList();
        var second = RegionCode.SelfAndAncestors("419001001001").ToList();

        Assert.Equal(first, second);
        Assert.True(RegionCode.IsWellFormed("41"));
    }
}
