using System.Text;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace Registry.Api.Tests.Browser;

/// <summary>
/// The console as a bureau uses it, in headless Chromium through the running service: sign in (the development
/// sign-in on SQLite, a pasted token on PostgreSQL), read the staffing page with its charts drawn, follow a shortfall
/// to its committee, download the Excel file and check its totals, upload a case sheet with a bad row and read the
/// row's error in Chinese. Figures are compared with what the API answers for the same question.
/// </summary>
public abstract class ConsoleInBrowser(BrowserApp app)
{
    private const string Jiyuan = "419001";

    private async Task<IPage> SignedInAsync(int width = 1366, int height = 768)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/");
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            await page.SelectOptionAsync("#role", "BUREAU_ADMIN");
            await page.SelectOptionAsync("#jurisdiction", Jiyuan);
            await page.ClickAsync("button:has-text('登录')");
        }
        else
        {
            await Expect(page.Locator("#role")).ToHaveCountAsync(0); // no development sign-in on PostgreSQL
            await page.FillAsync("#token", app.Token(Role.BureauAdmin, Jiyuan));
            await page.ClickAsync("button:has-text('使用令牌登录')");
        }
        await Expect(page.Locator("h1")).ToHaveTextAsync("配备达标");
        // From here on the page should log no error (before, a 404 from /dev/sign-in on PostgreSQL is the point).
        app.ConsoleErrors.Clear();
        return page;
    }

    [Fact]
    public async Task StaffingPage_ShowsTheReportDrawsItsChartsAndLeadsFromAShortfallToItsCommittee()
    {
        var report = (await app.As(Role.BureauAdmin, Jiyuan).Data(
            "{ staffingCompliance(regionCode: \"419001\") { committeeCount compliantCount shortfallCount " +
            "shortfalls(first: 1) { totalCount nodes { committee { name mediatorCount fullTimeMediatorCount } } } } }"))["staffingCompliance"]!;
        var page = await SignedInAsync();

        var cards = page.Locator(".card");
        await Expect(cards.Filter(new() { HasText = "调委会" }).Locator(".card-value")).ToHaveTextAsync(N(report["committeeCount"]));
        await Expect(cards.Filter(new() { HasText = "全部达标" }).Locator(".card-value")).ToHaveTextAsync(N(report["compliantCount"]));
        await Expect(cards.Filter(new() { HasText = "未达必须配备" }).Locator(".card-value")).ToHaveTextAsync(N(report["shortfallCount"]));
        await Expect(page.Locator(".chart[data-drawn=true]")).ToHaveCountAsync(2);
        Assert.True(await page.Locator(".chart canvas").First.EvaluateAsync<bool>(
            "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i]) return true; return false; }"),
            "the chart's canvas is blank");
        var shortfalls = report["shortfalls"]!;
        await Expect(page.Locator(".pager span").First).ToHaveTextAsync($"共 {shortfalls["totalCount"]} 条 · 第 1 页");

        if (app.Provider == DatabaseProvider.Sqlite && Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1")
            await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = false });

        var first = shortfalls["nodes"]![0]!["committee"]!;
        await page.Locator(".paged table a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(first["name"]!.GetValue<string>());
        await Expect(page.GetByTestId("committee-counts")).ToHaveTextAsync($"{first["mediatorCount"]} / {first["fullTimeMediatorCount"]}");
        Assert.Empty(app.ConsoleErrors);
    }

    [Fact]
    public async Task StaffingExcel_DownloadedFromThePage_HasOneRowPerCommitteeAndTheReportsTotals()
    {
        var report = (await app.As(Role.BureauAdmin, Jiyuan).Data(
            "{ staffingCompliance(regionCode: \"419001\") { committeeCount compliantCount } }"))["staffingCompliance"]!;
        var page = await SignedInAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-export=xlsx]"), BrowserApp.Download);
        Assert.Matches(@"^staffing-compliance-419001-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        var path = Path.Combine(Directory.CreateTempSubdirectory("registry-download-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(path);

        using var book = new XLWorkbook(path);
        var rows = book.Worksheet("委员会").RowsUsed().Skip(1).ToList();
        Assert.Equal(report["committeeCount"]!.GetValue<int>(), rows.Count);
        var met = book.Worksheet("委员会").Row(1).CellsUsed().First(c => c.GetString() == "是否达标").Address.ColumnNumber;
        Assert.Equal(report["compliantCount"]!.GetValue<int>(), rows.Count(r => r.Cell(met).GetString() == "是"));
        await Expect(page.Locator(".export-status")).ToContainTextAsync("已下载");
    }

    [Fact]
    public async Task CaseUpload_WithABadRow_ShowsThatRowsErrorInChineseAndWritesNothing()
    {
        var page = await SignedInAsync();
        await page.ClickAsync("nav.tabs a:has-text('案件')");
        await Expect(page.Locator("h1")).ToHaveTextAsync("案件");
        var sheet = "案件编号,调委会ID,纠纷类别,难易程度,主办调解员,受理日期,结案日期,调解结果\r\n" +
                    "BR-1,Q29tbWl0dGVlOjE=,邻里纠纷,一般,,2026-13-40,2026-11-01,书面协议\r\n";
        await page.SetInputFilesAsync("#case-file", new FilePayload
        {
            Name = "cases.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(sheet),
        });
        await page.ClickAsync("form.upload button[type=submit]");
        var errors = page.Locator(".upload-result table tbody tr");
        await Expect(page.Locator(".upload-result [role=alert]")).ToContainTextAsync("整表未写入");
        var row2 = errors.Filter(new() { HasText = "受理日期" });
        await Expect(row2.Locator("td").First).ToHaveTextAsync("2");
        await Expect(row2).ToContainTextAsync("不是日期");
        Assert.Equal(0, app.WithDb(db => db.Cases.Count(c => c.ExternalNumber == "BR-1")));
    }

    [Fact]
    public async Task OnAPhone_TheStaffingPageFitsTheWidthAndTheTabsWorkByKeyboard()
    {
        var page = await SignedInAsync(390, 844);
        await Expect(page.Locator(".chart[data-drawn=true]")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways at 390 px");
        await page.Locator("nav.tabs a:has-text('培训')").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("培训");
    }

    [Theory]
    [InlineData("培训"), InlineData("案件"), InlineData("名册"), InlineData("等级与证书"), InlineData("以案定补"), InlineData("排查台账")]
    public async Task EveryPage_OpensAndFinishesLoadingWithoutAnError(string tab)
    {
        var page = await SignedInAsync();
        await page.ClickAsync($"nav.tabs a:has-text('{tab}')");
        await Expect(page.Locator("h1")).ToHaveTextAsync(tab);
        await Expect(page.Locator(".state.loading")).ToHaveCountAsync(0);
        await Expect(page.Locator(".state.error")).ToHaveCountAsync(0);
        Assert.Empty(app.ConsoleErrors);
    }

    [Fact]
    public async Task GraphiQL_OpensForABrowserAtTheGraphQLAddressWithTheExamples()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/graphql");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await Expect(page.Locator(".graphiql-tab").First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".graphiql-tab").CountAsync() >= 5);
    }

    // 以案定补: Jiyuan's demo cases closed in 2026 Q3 under its demo policy (the Shaanxi 2017 rates).
    private const string Q3From = "2026-07-01", Q3To = "2026-09-30";

    /// <summary>Signs in with a pasted token (on both databases) so the test chooses who the person is.</summary>
    private async Task<IPage> SignedInWithTokenAsync(Role role, string subject)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#token", app.Token(role, Jiyuan, subject: subject));
        await page.ClickAsync("button:has-text('使用令牌登录')");
        await Expect(page.Locator("h1")).ToHaveTextAsync("配备达标");
        app.ConsoleErrors.Clear();
        await page.ClickAsync("nav.tabs a:has-text('以案定补')");
        await Expect(page.Locator("h1")).ToHaveTextAsync("以案定补");
        await page.FillAsync("#subsidy-from", Q3From);
        await page.FillAsync("#subsidy-to", Q3To);
        // The statement above the claims renders its totals, then its two tables page by page: each step pushes the
        // claims down. A click on a claim's button while that happens can land on whatever moved under the pointer (in
        // CI an approval click twice did nothing), so the page is settled first, as a person would see it.
        await Expect(page.GetByTestId("subsidy-totals")).ToBeVisibleAsync();
        await Expect(page.Locator(".subsidy-statement .pager")).ToHaveCountAsync(2);
        return page;
    }

    [Fact]
    public async Task SubsidyPage_ShowsTheStatementsTotalsAndItsExcelHasTheLinesAndTheTotal()
    {
        var statement = (await app.As(Role.FinanceClerk, Jiyuan).Data(
            $"{{ subsidyStatement(regionCode: \"{Jiyuan}\", from: \"{Q3From}\", to: \"{Q3To}\") {{ totals {{ amount amountBeforeCap lines payableLines cases }} " +
            "byMediator(first: 1) { totalCount } lines(first: 1) { totalCount } } }"))["subsidyStatement"]!;
        var totals = statement["totals"]!;
        Assert.True(totals["payableLines"]!.GetValue<int>() > 0, "the demo's 2026 Q3 has no paying line");
        var page = await SignedInWithTokenAsync(Role.FinanceClerk, "fin-zhao");

        var cards = page.GetByTestId("subsidy-totals").Locator(".card");
        await Expect(cards.Filter(new() { HasText = "补贴金额" }).Locator(".card-value")).ToHaveTextAsync(Yuan(totals["amount"]));
        await Expect(cards.Filter(new() { HasText = "补贴金额" }).Locator(".card-note")).ToHaveTextAsync($"封顶前 {Yuan(totals["amountBeforeCap"])}");
        await Expect(cards.Filter(new() { HasText = "可发放明细" }).Locator(".card-value")).ToHaveTextAsync($"{N(totals["payableLines"])} / {N(totals["lines"])}");
        await Expect(cards.Filter(new() { HasText = "案件" }).Locator(".card-value")).ToHaveTextAsync(N(totals["cases"]));
        var pagers = page.Locator(".subsidy-statement .pager span");
        await Expect(pagers.Nth(0)).ToHaveTextAsync($"共 {statement["byMediator"]!["totalCount"]} 条 · 第 1 页");
        await Expect(pagers.Nth(1)).ToHaveTextAsync($"共 {statement["lines"]!["totalCount"]} 条 · 第 1 页");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".subsidy-statement button[data-export=xlsx]"), BrowserApp.Download);
        Assert.Equal($"subsidy-statement-{Jiyuan}-{Q3From}-{Q3To}.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Directory.CreateTempSubdirectory("registry-download-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var book = new XLWorkbook(path);
        var sheet = book.Worksheets.First();
        var amountColumn = sheet.Row(1).CellsUsed().First(c => c.GetString() == "补贴金额（分）").Address.ColumnNumber;
        var last = sheet.LastRowUsed()!;
        Assert.Equal(totals["lines"]!.GetValue<int>(), last.RowNumber() - 2); // header, the lines, then 合计
        Assert.Equal(totals["amount"]!.GetValue<long>(), (long)last.Cell(amountColumn).GetDouble());
        await Expect(page.Locator(".subsidy-statement .export-status")).ToContainTextAsync("已下载");
        Assert.Empty(app.ConsoleErrors);
    }

    [Fact]
    public async Task SubsidyClaim_CreatedAndSubmittedByAClerk_IsRefusedToTheSamePersonAndApprovedBySomeoneElse()
    {
        var amount = (await app.As(Role.FinanceClerk, Jiyuan).Data(
            $"{{ subsidyStatement(regionCode: \"{Jiyuan}\", from: \"{Q3From}\", to: \"{Q3To}\") {{ totals {{ amount }} }} }}"))["subsidyStatement"]!["totals"]!["amount"];
        var clerk = await SignedInWithTokenAsync(Role.FinanceClerk, "fin-wang");
        await Expect(clerk.GetByTestId("subsidy-totals")).ToContainTextAsync(Yuan(amount));
        await clerk.ClickAsync("#create-claim");
        var row = clerk.Locator(".subsidy-claims tbody tr").Filter(new() { HasText = $"{Q3From} 至 {Q3To}" });
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("草稿");
        await Expect(row).ToContainTextAsync(Yuan(amount));
        await row.Locator("button:has-text('提交审批')").ClickAsync();
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("待审批");
        await Expect(row).ToContainTextAsync("提交人：fin-wang；审批须由另一人完成");
        Assert.Empty(app.ConsoleErrors);

        // The same person, signed in as an approver: the API refuses (four eyes) and the page shows its Chinese message.
        var same = await SignedInWithTokenAsync(Role.FinanceApprover, "fin-wang");
        var sameRow = same.Locator(".subsidy-claims tbody tr").Filter(new() { HasText = $"{Q3From} 至 {Q3To}" });
        // Waiting for the request itself: should a click ever be lost again, this says so instead of timing out on the alert.
        Assert.Contains("SAME_PERSON", await ApproveAsync(same, sameRow));
        await Expect(sameRow.Locator(".claim-result [role=alert]")).ToContainTextAsync("这份申报是您提交的，须由另一位审批人审批");
        await Expect(sameRow.Locator("[data-status]")).ToHaveTextAsync("待审批");

        var other = await SignedInWithTokenAsync(Role.FinanceApprover, "fin-li");
        var otherRow = other.Locator(".subsidy-claims tbody tr").Filter(new() { HasText = $"{Q3From} 至 {Q3To}" });
        // The approval's own answer first, so that a refusal shows here with its message rather than as a status that never changed.
        var approved = System.Text.Json.Nodes.JsonNode.Parse(await ApproveAsync(other, otherRow))!;
        Assert.True(approved["data"]?["approveSubsidyClaim"]?["claim"]?["status"]?.GetValue<string>() == "APPROVED", approved.ToJsonString());
        await Expect(otherRow.Locator("[data-status]")).ToHaveTextAsync("已批准");
        await Expect(otherRow.Locator(".claim-history li")).ToHaveCountAsync(3);
        await Expect(otherRow.Locator(".claim-history li").Nth(2)).ToContainTextAsync("fin-li（财务审批）→ 已批准");
        var claim = (await app.As(Role.FinanceApprover, Jiyuan).Data(
            $"{{ subsidyClaims(regionCode: \"{Jiyuan}\", statuses: [APPROVED]) {{ nodes {{ from submittedBy amount history {{ by }} }} }} }}"))["subsidyClaims"]!["nodes"]!.AsArray()
            .Single(c => c!["from"]!.GetValue<string>() == Q3From)!;
        Assert.Equal("fin-wang", claim["submittedBy"]!.GetValue<string>());
        Assert.Equal(amount!.GetValue<long>(), claim["amount"]!.GetValue<long>());
        Assert.Equal(["fin-wang", "fin-wang", "fin-li"], claim["history"]!.AsArray().Select(e => e!["by"]!.GetValue<string>()));
        Assert.Empty(app.ConsoleErrors);
    }

    /// <summary>Clicks the claim row's 批准 and returns the answer to the approval request that click sent.</summary>
    private static async Task<string> ApproveAsync(IPage page, ILocator row)
    {
        var response = await page.RunAndWaitForResponseAsync(() => row.Locator("button:has-text('批准')").ClickAsync(),
            r => r.Url.EndsWith("/graphql") && r.Request.PostData?.Contains("approveSubsidyClaim") == true);
        return await response.TextAsync();
    }

    private static string Yuan(System.Text.Json.Nodes.JsonNode? fen) =>
        "¥" + (fen!.GetValue<long>() / 100m).ToString("N2", new System.Globalization.CultureInfo("en-US"));

    private static string N(System.Text.Json.Nodes.JsonNode? value) => value!.GetValue<int>().ToString("N0", new System.Globalization.CultureInfo("en-US"));

    private static string ScreenshotPath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mediation.Registry.sln"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "docs", "console-staffing.png");
        }
    }
}

public sealed class SqliteConsoleInBrowser(SqliteBrowserApp app) : ConsoleInBrowser(app), IClassFixture<SqliteBrowserApp>;

public sealed class PostgresConsoleInBrowser(PostgresBrowserApp app) : ConsoleInBrowser(app), IClassFixture<PostgresBrowserApp>;
