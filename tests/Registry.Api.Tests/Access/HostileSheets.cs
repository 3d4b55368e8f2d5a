using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Registry.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Registry.Api.Tests.Access;

/// <summary>
/// Spreadsheets in and out are safe: exported names never run as formulas, uploads are bounded before they are read,
/// an XLSX that inflates far beyond its size is refused before ClosedXML opens it, and error lists are capped.
/// </summary>
public abstract class HostileSheets(RegistryApp app, ITestOutputHelper output)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/\",\"点击\")";

    /// <summary>One XLSX of 0.4 MB whose sheet inflates to 400 MB, built once for all the tests.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => Zip(("xl/worksheets/sheet1.xml", 400L * 1024 * 1024)));

    private static byte[] Zip(params (string Name, long Zeros)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
            var block = new byte[1024 * 1024];
            foreach (var (name, zeros) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                for (long written = 0; written < zeros; written += block.Length) stream.Write(block);
            }
        }
        return buffer.ToArray();
    }

    private async Task<(HttpStatusCode Status, JsonObject Body, TimeSpan Took)> UploadCases(HttpContent content)
    {
        using var client = app.Admin.Client();
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync("/imports/cases?sourcePlatform=hostile", content);
        var took = clock.Elapsed;
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject(), took);
    }

    private static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static string FirstMessage(JsonObject body) => body["errors"]![0]!["message"]!.GetValue<string>();

    [Fact]
    public async Task CsvExportNeutralisesEveryCellASpreadsheetWouldRunAsAFormula()
    {
        var roster = new Infrastructure.Roster(app);
        foreach (var name in new[] { Hyperlink, "+1+2", "-3+cmd", "@SUM(A1)", "\t=1" })
            await roster.Committee("130104", "TOWNSHIP", name: name);
        using var client = app.Admin.Client();
        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/exports/staffing-compliance.csv?regionCode=130104&asOf=2026-11-22"));
        var names = text.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l[..(l.IndexOf(",乡镇,", StringComparison.Ordinal))]).Order(StringComparer.Ordinal).ToList();
        // An apostrophe first (Excel shows the text, hides the apostrophe), then RFC 4180 quoting where needed. The tab
        // is trimmed away by the committee's name rules before it is ever stored, so that name starts with = as well.
        Assert.Equal(["\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点击\"\")\"", "'+1+2", "'-3+cmd", "'=1", "'@SUM(A1)"], names);
    }

    [Fact]
    public async Task XlsxExportWritesNamesAsTextCellsNeverFormulas()
    {
        await new Infrastructure.Roster(app).Committee("130105", "TOWNSHIP", name: Hyperlink);
        using var client = app.Admin.Client();
        using var book = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/exports/staffing-compliance.xlsx?regionCode=130105&asOf=2026-11-22")));
        var cell = book.Worksheet("委员会").Cell(2, 1);
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(Hyperlink, cell.GetString());
        Assert.Equal(XLDataType.Number, book.Worksheet("委员会").Cell(2, 4).DataType); // numbers stay numbers: Hebei asks townships for 2
        Assert.Equal(2, book.Worksheet("委员会").Cell(2, 4).GetValue<int>());
    }

    [Fact]
    public async Task AFifteenMegabyteCaseUploadIs413BeforeItIsRead()
    {
        var (status, body, _) = await UploadCases(Body(new byte[15 * 1024 * 1024], "text/csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("BODY_TOO_LARGE", body["errors"]![0]!["code"]!.GetValue<string>());
        var form = new MultipartFormDataContent { { Body(new byte[15 * 1024 * 1024], "text/csv"), "file", "cases.csv" } };
        (status, _, _) = await UploadCases(form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task ABodyWithoutContentLengthStopsBeingReadAtTheLimit()
    {
        var stream = new StreamContent(new MemoryStream(new byte[6 * 1024 * 1024]));
        stream.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        stream.Headers.ContentLength = null;
        using var client = app.Admin.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/imports/cases?sourcePlatform=x") { Content = stream };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnAttendanceSheetOverTheLimitIs413()
    {
        using var client = app.Admin.Client();
        using var response = await client.PostAsync("/imports/training-sessions/VHJhaW5pbmdTZXNzaW9uOjE/attendance", Body(new byte[5 * 1024 * 1024], "text/csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnXlsxInflatingToFourHundredMegabytesIsRefusedAtOnce()
    {
        var bomb = Bomb.Value;
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        await UploadCases(Body(Zip(), Xlsx)); // the first upload of a host pays for start-up
        var (status, body, took) = await UploadCases(Body(bomb, Xlsx));
        output.WriteLine($"{bomb.Length} bytes inflating to 400 MB refused in {took.TotalMilliseconds:0.0} ms");
        for (var i = 0; i < 3; i++) output.WriteLine($"again: {(await UploadCases(Body(bomb, Xlsx))).Took.TotalMilliseconds:0.0} ms");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("WORKBOOK_TOO_LARGE", body["errors"]![0]!["code"]!.GetValue<string>());
        Assert.True(took < TimeSpan.FromSeconds(1), $"refused after {took.TotalMilliseconds:0} ms");
        Assert.Equal(0, app.WithDb(db => db.Cases.Count(c => c.SourcePlatform == "hostile")));
    }

    [Fact]
    public async Task AnXlsxInflatingAThousandTimesItsSizeIsRefusedThoughUnderTheAbsoluteLimit()
    {
        var (status, body, _) = await UploadCases(Body(Zip(("xl/worksheets/sheet1.xml", 15L * 1024 * 1024)), Xlsx));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("100 times its size", FirstMessage(body));
    }

    [Fact]
    public async Task AZipThatIsNoWorkbookGetsAClearErrorNotAnExceptionMessage()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open())) writer.Write("hello");
        var (status, body, _) = await UploadCases(Body(buffer.ToArray(), Xlsx));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The file is a ZIP archive but not an XLSX workbook (it has no xl/workbook.xml); save the sheet as .xlsx or .csv.", FirstMessage(body));

        (status, body, _) = await UploadCases(Body(Encoding.UTF8.GetBytes("not a zip at all"), Xlsx));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The file is not an XLSX workbook (not a readable ZIP archive); save the sheet as .xlsx or .csv.", FirstMessage(body));

        // A ZIP with the two parts' names but nothing a workbook holds: ClosedXML fails inside, the answer says no more than that.
        (status, body, _) = await UploadCases(Body(Zip(), Xlsx));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("Object reference", body.ToJsonString());
        Assert.StartsWith("The workbook could not be read", FirstMessage(body));
    }

    [Fact]
    public async Task ASheetOfThreeHundredBadRowsListsTheFirstTwoHundredErrorsAndTheTotal()
    {
        var csv = new StringBuilder("externalNumber,committeeId,category,difficulty,leadMediatorId,receivedOn\n");
        for (var i = 0; i < 300; i++) csv.Append($"H-{i},x,NO_SUCH_CATEGORY,SIMPLE,y,2026-01-05\n");
        var (status, body, _) = await UploadCases(new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(200, body["errors"]!.AsArray().Count);
        Assert.Equal(300, body["errorCount"]!.GetValue<int>());
        Assert.Equal(2, body["errors"]![0]!["row"]!.GetValue<int>());
        Assert.Equal(201, body["errors"]![199]!["row"]!.GetValue<int>());
    }
}

public sealed class SqliteHostileSheets(SqliteApp app, ITestOutputHelper output) : HostileSheets(app, output), IClassFixture<SqliteApp>;

public sealed class PostgresHostileSheets(PostgresApp app, ITestOutputHelper output) : HostileSheets(app, output), IClassFixture<PostgresApp>;
