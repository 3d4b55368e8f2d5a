using System.Globalization;
using Registry.Domain.Mediators;

namespace Registry.Domain.Tests.Mediators;

/// <summary>
/// The birth date inside an ID number is Gregorian whatever the server's culture; a culture whose default
/// calendar is not Gregorian (Thai Buddhist, Umm al-Qura) must not shift it.
/// </summary>
public class ResidentIdNumberCultureIndependence
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void ParsesTheGregorianBirthDateUnderAnyCulture(string culture)
    {
        var birth = InCulture(culture, () =>
        {
            Assert.True(ResidentIdNumber.TryParse("11010519491231002X", out var number, out var reason), reason);
            return number!.BirthDate;
        });

        Assert.Equal(new DateOnly(1949, 12, 31), birth);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void ComposesTheGregorianBirthDateUnderAnyCulture(string culture)
    {
        var text = InCulture(culture, () => ResidentIdNumber.Compose("110105", new DateOnly(1949, 12, 31), 0, Gender.Female));

        Assert.Equal("19491231", text.Substring(6, 8));
        Assert.True(ResidentIdNumber.TryParse(text, out _, out var reason), reason);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try { return action(); }
        finally { CultureInfo.CurrentCulture = saved; }
    }
}
