using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Screening;

/// <summary>A township's week of rounds as a sheet: all or nothing, every bad row named; and the report as files.</summary>
public abstract class ScreeningSheetUpload(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);
    private readonly ScreeningSetup screening = new(app);

    private async Task<(HttpStatusCode, JsonObject)> UploadAsync(string township, string csv)
    {
        using var client = app.Admin.Client();
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync($"/imports/screenings?townshipCode={township}", content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private int Rounds() => app.WithDb(db => db.ScreeningRounds.Count());

    [Fact]
    public async Task AWeeksSheetRecordsEveryRoundWithItsItems()
    {
        var a = await roster.Committee("419001004001", "VILLAGE");
        var b = await roster.Committee("419001004002", "VILLAGE");
        var csv = $"""
            调委会ID,排查日期,排查类型,纠纷类别,风险等级,情况摘要,当事人
            {a},2026-11-02,定期排查,邻里,较大,宅基地界址争执,张某、李某
            {a},2026-11-02,定期排查,婚姻家庭,低,赡养纠纷,
            {b},2026-11-03,ROUTINE,,,,
            """;

        var (status, body) = await UploadAsync("419001004", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 2), (body["rounds"]!.GetValue<int>(), body["items"]!.GetValue<int>()));
        var report = await screening.ReportAsync("419001004", "2026-11-02", "2026-11-08");
        Assert.Equal((2, 2, 2, 2), ScreeningSetup.Counts(report));
    }

    [Fact]
    public async Task ASheetWithBadRowsNamesEachAndRecordsNothing()
    {
        var a = await roster.Committee("419001005001", "VILLAGE");
        var outside = await roster.Committee("419001100201", "VILLAGE");
        var before = Rounds();
        var csv = $"""
            committeeId,screenedOn,kind,category,riskLevel,summary
            {a},2026-11-02,ROUTINE,NEIGHBOURS,HIGH,宅基地界址争执
            {a},2026-11-03,ROUTINE,NEIGHBOURS,HIGH,
            {outside},2026-11-03,ROUTINE,,,
            """;

        var (status, body) = await UploadAsync("419001005", csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = body["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal([(3, "summary", "REQUIRED"), (4, "committeeId", "INVALID")], errors);
        Assert.Equal(before, Rounds());

        var (unreadable, bad) = await UploadAsync("419001005", $"committeeId,screenedOn\n{a},2026-13-01\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable);
        Assert.Equal((2, "screenedOn"), (bad["errors"]![0]!["row"]!.GetValue<int>(), bad["errors"]![0]!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheReportExportsAsCsvAndXlsxWithChineseHeaders()
    {
        var village = await roster.Committee("419001101201", "VILLAGE");
        await screening.RoundsAsync(village, "2026-11-02");
        using var client = app.Admin.Client();

        var csv = await client.GetByteArrayAsync("/exports/screening-compliance.csv?regionCode=419001101&from=2026-11-02&to=2026-11-15");
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("地区代码,地区名称,应排查单位数,达标单位数,应排查次数,已排查次数,未排查次数", lines[0]);
        Assert.StartsWith("419001101,", lines[1]);
        Assert.EndsWith(",1,0,2,1,1,1,0", lines[1]); // one village, two weeks owed, one held

        var xlsx = await client.GetByteArrayAsync("/exports/screening-compliance.xlsx?regionCode=419001101&from=2026-11-02&to=2026-11-15");
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var missed = book.Worksheet("未排查");
        Assert.Equal(("调委会", new DateTime(2026, 11, 9), new DateTime(2026, 11, 15)),
            (missed.Cell(1, 1).GetValue<string>(), missed.Cell(2, 3).GetDateTime(), missed.Cell(2, 4).GetDateTime()));
        Assert.Equal(2, book.Worksheet("排查达标").Cell(2, 5).GetValue<int>());
    }
}

public sealed class SqliteScreeningSheetUpload(SqliteApp app) : ScreeningSheetUpload(app), IClassFixture<SqliteApp>;

public sealed class PostgresScreeningSheetUpload(PostgresApp app) : ScreeningSheetUpload(app), IClassFixture<PostgresApp>;
