using Registry.Domain.Common;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;

namespace Registry.Domain.Tests.Common;

/// <summary>Names and other text must be readable and storable alike; the rule is Guard's, so every entity gets it.</summary>
public class PlainTextRules
{
    [Theory]
    [InlineData("王\0芳")]        // NUL: PostgreSQL cannot store it, SQLite would
    [InlineData("王\u001b[31m芳")] // ESC: a terminal colour code
    [InlineData("王\b芳")]        // BS
    [InlineData("王\n芳")]        // a line break in a one-line name
    [InlineData("\u0085王芳")]     // C1 next-line
    public void ControlCharactersAreRefused(string name) =>
        Assert.Contains("control character", PlainText.Problem(name));

    [Theory]
    [InlineData("调委会\u202Egpj.exe")]
    [InlineData("\u202A王芳")]
    [InlineData("王\u2066芳\u2069")]
    [InlineData("王\u2068芳")]
    public void BidirectionalOverridesAndIsolatesAreRefused(string name) =>
        Assert.Contains("bidirectional control", PlainText.Problem(name));

    [Theory]
    [InlineData("\u200B\u200B")]   // zero-width spaces
    [InlineData("\u3164")]         // Hangul filler
    [InlineData("\u200D\uFEFF\u2060")]
    [InlineData("\u2800")]         // braille blank
    public void TextOfOnlyInvisibleCharactersIsRefused(string name) =>
        Assert.Contains("no visible character", PlainText.Problem(name));

    [Fact]
    public void AnUnpairedSurrogateIsRefused() => Assert.Contains("unpaired", PlainText.Problem("王\uD800芳"));

    [Theory]
    [InlineData("买买提·艾力")]
    [InlineData("𠀋家村人民调解委员会")] // a supplementary-plane character, as a surrogate pair
    [InlineData("O'Brien-张")]
    [InlineData("=HYPERLINK(\"x\")")] // harmless here: the exports neutralise it
    public void OrdinaryNamesPass(string name) => Assert.Null(PlainText.Problem(name));

    [Fact]
    public void MultilineTextMayHoldLineBreaksAndTabsButNoOtherControls()
    {
        Assert.Null(PlainText.Problem("第一条\n第二条\t注", multiline: true));
        Assert.NotNull(PlainText.Problem("第一条\0", multiline: true));
    }

    [Fact]
    public void ACommitteeOrMediatorNamedWithAControlCharacterIsRefusedByField()
    {
        var error = DomainAssert.FailsWith(() => Committee.Create(new CommitteeDetails("南勋村\u202E调委会", CommitteeKind.Village, "419001104201", new DateOnly(2012, 5, 1)), TestToday),
            "name", ErrorCodes.Invalid);
        Assert.Equal("name contains the bidirectional control U+202E, which changes how the text reads.", error.Message);
        var id = ResidentIdNumber.Compose("110105", new DateOnly(1980, 5, 1), 1, Gender.Female);
        DomainAssert.FailsWith(() => Mediator.Register(new MediatorDetails("王\0芳", Gender.Female, new DateOnly(1980, 5, 1), id, null), TestToday),
            "name", ErrorCodes.Invalid);
        DomainAssert.FailsWith(() => Mediator.Register(new MediatorDetails("\u200B", Gender.Female, new DateOnly(1980, 5, 1), id, null), TestToday),
            "name", ErrorCodes.Invalid);
    }
}
