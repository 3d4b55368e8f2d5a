using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Subsidies;

/// <summary>The statement's and a claim's exports: Chinese headers, a 合计 row equal to the GraphQL totals; the payment list for finance only, audited.</summary>
public abstract class SubsidyExportTests(RegistryApp app)
{
    private readonly SubsidyScenario s = new(app);

    [Fact]
    public async Task ExportsTotalWhatGraphQLSaysAndThePaymentListIsFinanceOnlyAndAudited()
    {
        var ids = await SubsidyFixtureData.BuildAsync(app);
        var clerk = s.As(Role.FinanceClerk, "440103", "clerk-1");
        using var client = clerk.Client();
        var csv = await client.GetByteArrayAsync("/exports/subsidy-statement.csv?regionCode=440103&from=2026-01-01&to=2026-03-31");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var rows = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("案件编号,结案日期,调委会编号,调解员,主办,份额", rows[0]);
        Assert.Equal(18, rows.Length); // header, 16 lines, 合计
        Assert.Equal("合计,,,,,,,,,,62601,58601,,", rows[^1]);

        using var book = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/exports/subsidy-statement.xlsx?regionCode=440103&from=2026-01-01&to=2026-03-31")));
        var sheet = book.Worksheet(1);
        Assert.Equal(("补贴金额（分）", "合计", 58601L), (sheet.Cell(1, 12).GetString(), sheet.Cell(18, 1).GetString(), sheet.Cell(18, 12).GetValue<long>()));
        var reasons = Enumerable.Range(2, 16).Select(r => sheet.Cell(r, 13).GetString()).ToList();
        Assert.Contains("可发放（PAYABLE）", reasons);
        Assert.All(reasons, r => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+（[A-Z_]+）$", r));
        // The rule column reads in Chinese like its header: s13 is 庚's third February case, capped at 4,000 of 8,000.
        var rules = Enumerable.Range(2, 16).ToDictionary(r => sheet.Cell(r, 1).GetString() + "/" + sheet.Cell(r, 4).GetString(), r => sheet.Cell(r, 14).GetString());
        Assert.EndsWith("× 100% = 8000 分；已达月度封顶，发放 4000 分。", rules["s13/庚"]);
        Assert.Equal("主办调解员在结案日 2026-01-21 未持有有效的调解员证书。", rules["s5/戊"]);

        var created = await s.Create(clerk, "440103", "2026-01-01", "2026-03-31");
        SubsidyTestHelp.Ok(created);
        var claim = created["claim"]!["id"]!.GetValue<string>();
        using var claimBook = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync($"/exports/subsidy-claims/{claim}.xlsx")));
        Assert.Equal(58601L, claimBook.Worksheet(1).Cell(18, 12).GetValue<long>());

        using var viewer = s.As(Role.Viewer, "440103", "viewer-1").Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/exports/subsidy-claims/{claim}/payment-list.csv")).StatusCode);
        using var outsider = s.As(Role.FinanceApprover, "440104", "approver-x").Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/exports/subsidy-claims/{claim}/payment-list.csv")).StatusCode);

        using var list = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync($"/exports/subsidy-claims/{claim}/payment-list.xlsx")));
        var pay = list.Worksheet(1);
        Assert.Equal(("调解员", "身份证号", "补贴金额（分）"), (pay.Cell(1, 1).GetString(), pay.Cell(1, 2).GetString(), pay.Cell(1, 3).GetString()));
        Assert.Equal(("合计", 58601L, "586.01"), (pay.Cell(7, 1).GetString(), pay.Cell(7, 3).GetValue<long>(), pay.Cell(7, 4).GetString()));
        Assert.Equal(18, pay.Cell(2, 2).GetString().Length);
        var audited = 0;
        await app.WithDbAsync(async db => audited = await db.AuditEntries.CountAsync(a => a.Operation == "downloadPaymentList" && a.Actor == "clerk-1"));
        Assert.Equal(1, audited);
        Assert.NotNull(ids["甲"]);
    }
}

public sealed class SqliteSubsidyExportTests(SqliteApp app) : SubsidyExportTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSubsidyExportTests(PostgresApp app) : SubsidyExportTests(app), IClassFixture<PostgresApp>;
