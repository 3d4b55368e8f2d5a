using System.Net;
using System.Text;
using ClosedXML.Excel;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Staffing;

public abstract class StaffingExportTests(RegistryApp app)
{
    private readonly StaffingRoster roster = new(app);

    /// <summary>Two Jiyuan townships (≥3 each): one with 1 full-time (missing 2), one with 3 (compliant).</summary>
    private async Task ArrangeAsync()
    {
        if (app.WithDb(db => db.Committees.Any(c => c.RegionCode == "419001003"))) return;
        var short1 = await roster.CommitteeAsync("419001003", "TOWNSHIP", "2020-01-01");
        var full = await roster.CommitteeAsync("419001004", "TOWNSHIP", "2020-01-01");
        await roster.StaffAsync(short1, "FULL_TIME", "2024-01-01");
        await roster.StaffAsync(short1, "PART_TIME", "2024-01-01");
        for (var i = 0; i < 3; i++) await roster.StaffAsync(full, "FULL_TIME", "2024-01-01");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> GraphQLReportAsync() =>
        (await app.Data("""
            { staffingCompliance(regionCode: "419001", asOf: "2025-06-01") {
                committeeCount compliantCount shortfallCount mediatorCount fullTimeMediatorCount
                shortfalls { nodes { committee { name regionCode } required actual missing severity } } } }
            """))["staffingCompliance"]!;

    [Fact]
    public async Task ExportsNeedATokenAndStayInsideTheJurisdiction()
    {
        using var anonymous = app.Anonymous.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/exports/staffing-compliance.csv?regionCode=419001")).StatusCode);
        using var hebei = app.As(Domain.Access.Role.Viewer, "13").Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await hebei.GetAsync("/exports/staffing-compliance.csv?regionCode=419001")).StatusCode);
        using var jiyuan = app.As(Domain.Access.Role.Viewer, "419001").Client();
        Assert.Equal(HttpStatusCode.OK, (await jiyuan.GetAsync("/exports/staffing-compliance.csv?regionCode=419001")).StatusCode);
    }

    [Fact]
    public async Task CsvHasChineseHeadersAByteOrderMarkAndTheReportsNumbers()
    {
        await ArrangeAsync();
        var report = await GraphQLReportAsync();

        using var client = app.Admin.Client();
        var bytes = await client.GetByteArrayAsync("/exports/staffing-compliance.csv?regionCode=419001&asOf=2025-06-01");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(["委员会", "类型", "地区代码", "要求专职人数", "实有专职人数", "缺口", "性质", "是否达标", "依据政策"], lines[0]);
        var rows = lines.Skip(1).ToList();
        Assert.Equal(report["committeeCount"]!.GetValue<int>(), rows.Count);
        Assert.Equal(report["compliantCount"]!.GetValue<int>(), rows.Count(r => r[7] == "是"));
        var shortRows = rows.Where(r => r[5] != "0").Select(r => (r[0], r[2], int.Parse(r[3]), int.Parse(r[4]), int.Parse(r[5]), r[6]));
        var shortfalls = report["shortfalls"]!["nodes"]!.AsArray().Select(n => (n!["committee"]!["name"]!.GetValue<string>(),
            n["committee"]!["regionCode"]!.GetValue<string>(), n["required"]!.GetValue<int>(), n["actual"]!.GetValue<int>(),
            n["missing"]!.GetValue<int>(), n["severity"]!.GetValue<string>() == "REQUIRED" ? "必须" : "有条件"));
        Assert.Equal(shortfalls, shortRows);
        Assert.Equal(("419001003", 3, 1, 2), (rows.Single(r => r[5] != "0")[2], int.Parse(rows.Single(r => r[5] != "0")[3]),
            int.Parse(rows.Single(r => r[5] != "0")[4]), int.Parse(rows.Single(r => r[5] != "0")[5])));
    }

    [Fact]
    public async Task XlsxSummaryAndCommitteeSheetMatchTheReport()
    {
        await ArrangeAsync();
        var report = await GraphQLReportAsync();

        using var client = app.Admin.Client();
        using var response = await client.GetAsync("/exports/staffing-compliance.xlsx?regionCode=419001&asOf=2025-06-01");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());

        var summary = book.Worksheet("汇总");
        Assert.Equal(("委员会数", report["committeeCount"]!.GetValue<int>()), (summary.Cell(3, 1).GetString(), summary.Cell(3, 2).GetValue<int>()));
        Assert.Equal(report["shortfallCount"]!.GetValue<int>(), summary.Cell(5, 2).GetValue<int>());
        Assert.Equal(report["mediatorCount"]!.GetValue<int>(), summary.Cell(7, 2).GetValue<int>());
        Assert.Equal(report["fullTimeMediatorCount"]!.GetValue<int>(), summary.Cell(8, 2).GetValue<int>());
        var committees = book.Worksheet("委员会");
        Assert.Equal("要求专职人数", committees.Cell(1, 4).GetString());
        Assert.Equal(report["committeeCount"]!.GetValue<int>(), committees.LastRowUsed().RowNumber() - 1);
    }

    [Fact]
    public async Task XlsxCommitteeSheetHoldsTheCsvRowsWithTheirTypes()
    {
        await ArrangeAsync();
        using var client = app.Admin.Client();
        var csv = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/exports/staffing-compliance.csv?regionCode=419001&asOf=2025-06-01"))[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        using var response = await client.GetAsync("/exports/staffing-compliance.xlsx?regionCode=419001&asOf=2025-06-01");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("staffing-compliance-419001-2025-06-01.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["汇总", "委员会"], book.Worksheets.Select(w => w.Name));
        var sheet = book.Worksheet("委员会");
        var rows = sheet.RowsUsed().Select(r => Enumerable.Range(1, 9).Select(c => r.Cell(c).GetString()).ToArray()).ToList();
        Assert.Equal(csv, rows);
        Assert.Equal(["委员会", "类型", "地区代码", "要求专职人数", "实有专职人数", "缺口", "性质", "是否达标", "依据政策"], rows[0]);
        var shortRow = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == "419001003");
        Assert.Equal((XLDataType.Number, 2), (shortRow.Cell(6).DataType, shortRow.Cell(6).GetValue<int>()));
        Assert.Equal(XLDataType.Text, shortRow.Cell(3).DataType); // a region code stays text, its leading digits intact
    }

    [Theory]
    [InlineData("csv", "regionCode=999999", "regionCode")]
    [InlineData("xlsx", "", "regionCode")]
    [InlineData("csv", "regionCode=419001&asOf=2025-13-01", "asOf")]
    public async Task ABadArgumentIsA400NamingIt(string format, string query, string field)
    {
        using var client = app.Admin.Client();
        using var response = await client.GetAsync($"/exports/staffing-compliance.{format}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteStaffingExport(SqliteApp app) : StaffingExportTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresStaffingExport(PostgresApp app) : StaffingExportTests(app), IClassFixture<PostgresApp>;
