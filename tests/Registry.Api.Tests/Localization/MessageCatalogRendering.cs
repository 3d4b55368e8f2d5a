using Registry.Api.Localization;

namespace Registry.Api.Tests.Localization;

/// <summary>How the catalog renders a message: its template, holes in any order, phrases in holes rendered too.</summary>
public sealed class MessageCatalogRendering
{
    private static string Zh(string english) => MessageCatalog.Chinese.Translate(english);

    [Fact]
    public void AMessageWithoutHolesIsRenderedWhole() =>
        Assert.Equal("表格为空。", Zh("The sheet is empty."));

    [Fact]
    public void HolesKeepTheirValues() =>
        Assert.Equal("name 最多 200 个字符。", Zh("name must be at most 200 characters."));

    [Fact]
    public void APhraseInAHoleIsRenderedToo() =>
        Assert.Equal("“2026-13-40”不是日期（yyyy-MM-dd）。", Zh("'2026-13-40' is not a date (yyyy-MM-dd)."));

    [Fact]
    public void ARefusalNamesWhatItCoversAndTheRolesInChinese() =>
        Assert.Equal("导入案件需要 BUREAU_ADMIN 或 FINANCE_CLERK 角色；您的角色是 VIEWER。",
            Zh("Importing cases needs BUREAU_ADMIN or FINANCE_CLERK; yours is VIEWER."));

    [Fact]
    public void AnIdNumbersReasonIsRendered() =>
        Assert.Equal("身份证号（idNumber）未通过 GB 11643 校验码校验。", Zh("idNumber fails the GB 11643 checksum."));

    [Fact]
    public void AMessageTheCatalogDoesNotKnowStaysAsItIs() =>
        Assert.Equal("Something nobody wrote down.", Zh("Something nobody wrote down."));

    [Theory]
    [InlineData("1 more practical training session (实训) (took 0 of the required 1).", "还差 1 次实训（已参加 0 次，要求 1 次）。")]
    [InlineData("2 more practical training sessions (实训) (took 0 of the required 2).", "还差 2 次实训（已参加 0 次，要求 2 次）。")]
    [InlineData("7.5 more training hours (credited 12.5 of the required 20).", "还差 7.5 学时（已记 12.5 学时，要求 20 学时）。")]
    public void WhatAMediatorLacksInTrainingIsRendered(string english, string chinese) => Assert.Equal(chinese, Zh(english));
}
