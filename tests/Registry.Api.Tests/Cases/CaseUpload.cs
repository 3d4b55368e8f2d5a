using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>POST /imports/cases: CSV or XLSX with Chinese or English headers, the same checks, errors by sheet row.</summary>
public abstract class CaseUpload(RegistryApp app)
{
    private readonly CaseSetup setup = new(app);

    private async Task<(HttpStatusCode Status, JsonObject Body)> Post(HttpContent content, string platform)
    {
        using var client = app.Admin.Client();
        using var response = await client.PostAsync($"/imports/cases?sourcePlatform={Uri.EscapeDataString(platform)}", content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task CsvWithChineseHeadersIsImportedAndMediatorsMayBeNamedByIdNumber()
    {
        var (committee, _, idNumber) = await setup.CommitteeWithMediator("419001100214");
        var party = Infrastructure.Roster.NewPerson().IdNumber;
        var csv = $"""
            案件编号,调委会ID,纠纷类别,难易程度,主办调解员,受理日期,结案日期,调解结果,民转刑,录入日期,当事人身份证号
            CSV-1,{committee},婚姻家庭,一般,{idNumber},2026-01-05,2026/2/1,书面协议,否,2026-02-02,"{party};{Infrastructure.Roster.NewPerson().IdNumber}"
            CSV-2,{committee},NEIGHBOURS,COMPLEX,{idNumber},2026-01-06,,,,2026-01-06,
            """;
        var (status, body) = await Post(new StringContent(csv, Encoding.UTF8, "text/csv"), "csv-platform");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body["created"]!.GetValue<int>());
        Assert.Empty(body["errors"]!.AsArray());
        var stored = app.WithDb(db => db.Cases.Where(c => c.SourcePlatform == "csv-platform").OrderBy(c => c.ExternalNumber).ToList());
        Assert.Equal(Domain.Disputes.DisputeCategory.MarriageAndFamily, stored[0].Category);
        Assert.Equal(new DateOnly(2026, 2, 1), stored[0].ClosedOn);
        Assert.Null(stored[1].ClosedOn);
    }

    [Fact]
    public async Task BadRowsAreReportedBySheetRowAndNothingIsWritten()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100215");
        var csv = $"""
            externalNumber,committeeId,category,difficulty,leadMediatorId,receivedOn,closedOn,outcome,enteredOn
            OK-1,{committee},NEIGHBOURS,SIMPLE,{mediator},2026-01-05,2026-01-10,ORAL_AGREEMENT,2026-01-10
            BAD-1,{committee},NEIGHBOURS,SIMPLE,{mediator},2026-01-05,2026-01-01,ORAL_AGREEMENT,2026-01-10
            BAD-2,{committee},纠纷,SIMPLE,{mediator},2026-01-05,,,2026-01-10
            """;
        var (status, body) = await Post(new StringContent(csv, Encoding.UTF8, "text/csv"), "csv-bad");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = body["errors"]!.AsArray().Select(e => $"{e!["row"]}:{e["field"]}:{e["code"]}").ToArray();
        Assert.Equal(["4:category:INVALID"], errors);

        var csvDates = csv.Replace("纠纷", "NEIGHBOURS");
        (status, body) = await Post(new StringContent(csvDates, Encoding.UTF8, "text/csv"), "csv-bad");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        errors = body["errors"]!.AsArray().Select(e => $"{e!["row"]}:{e["field"]}:{e["code"]}").ToArray();
        Assert.Equal(["3:closedOn:OUT_OF_RANGE"], errors);
        Assert.Equal(0, app.WithDb(db => db.Cases.Count(c => c.SourcePlatform == "csv-bad")));
    }

    [Fact]
    public async Task XlsxAsAMultipartFileIsImportedWithDateCells()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100216");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("案件");
        string[] header = ["案件编号", "调委会ID", "纠纷类别", "难易程度", "主办调解员", "受理日期", "结案日期", "调解结果", "录入日期", "回访日期"];
        for (var i = 0; i < header.Length; i++) sheet.Cell(1, i + 1).Value = header[i];
        object[] row = ["XL-1", committee, "邻里", "重大", mediator, new DateTime(2026, 3, 1), new DateTime(2026, 3, 20), "书面协议", new DateTime(2026, 3, 21), "2026-04-01"];
        for (var i = 0; i < row.Length; i++) sheet.Cell(2, i + 1).Value = row[i];
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "cases.xlsx");

        var (status, body) = await Post(form, "xlsx-platform");
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal(1, body["created"]!.GetValue<int>());
        var stored = app.WithDb(db => db.Cases.Single(c => c.SourcePlatform == "xlsx-platform"));
        Assert.Equal((Domain.Cases.CaseDifficulty.Major, 19, new DateOnly(2026, 4, 1)), (stored.Difficulty, stored.DaysToClose, stored.FollowUpOn!.Value));
    }

    [Fact]
    public async Task OtherContentTypesAreRefused()
    {
        var (status, _) = await Post(new StringContent("{}", Encoding.UTF8, "application/json"), "json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }
}

public sealed class SqliteCaseUpload(SqliteApp app) : CaseUpload(app), IClassFixture<SqliteApp>;

public sealed class PostgresCaseUpload(PostgresApp app) : CaseUpload(app), IClassFixture<PostgresApp>;
