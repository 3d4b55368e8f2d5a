using System.Net;
using System.Text;
using ClosedXML.Excel;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Grading;

/// <summary>
/// The certificate exports in 白云区 (440111, a region of its own, so other tests do not count): 甲 certified until
/// 2026-12-20, 乙 uncertified, 丙 certified until 2027-06-30. On 2026-11-22: uncertified = 乙; expiring within 30 days = 甲's.
/// </summary>
public abstract class CertificateExportTests(RegistryApp app)
{
    private readonly GradingScenario s = new(app);

    private async Task ArrangeAsync()
    {
        if (app.WithDb(db => db.Committees.Any(c => c.RegionCode == "440111"))) return;
        var committee = await s.Training.Roster.Committee("440111");
        var a = await s.Training.Mediator("440111", "甲", committeeId: committee);
        await s.Training.Mediator("440111", "乙", committeeId: committee);
        var c = await s.Training.Mediator("440111", "丙", committeeId: committee);
        await s.IssueOk(a.Id, "2024-01-01", "2026-12-20", "440111");
        await s.IssueOk(c.Id, "2024-01-01", "2027-06-30", "440111");
    }

    [Fact]
    public async Task CsvAndXlsxCountWhatGraphQLCounts()
    {
        await ArrangeAsync();
        var graph = await app.Data("""
            { uncertifiedServing(regionCode: "440111") { totalCount nodes { name } }
              expiringCertificates(regionCode: "440111", withinDays: 30) { totalCount nodes { number holder { name } } } }
            """);
        Assert.Equal(1, graph["uncertifiedServing"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, graph["expiringCertificates"]!["totalCount"]!.GetValue<int>());

        using var client = app.Admin.Client();
        var csv = await client.GetByteArrayAsync("/exports/uncertified-serving.csv?regionCode=440111");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(["姓名", "任职委员会", "委员会地区代码", "专兼职", "最近证书编号", "证书状态"], lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Equal(("乙", "440111", "兼职", "无证"), (row[0], row[2], row[3], row[5]));

        var expiring = await client.GetByteArrayAsync("/exports/expiring-certificates.csv?regionCode=440111&withinDays=30");
        var expiringRows = Encoding.UTF8.GetString(expiring[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal("证书编号", expiringRows[0][0]);
        var only = Assert.Single(expiringRows.Skip(1));
        Assert.Equal((graph["expiringCertificates"]!["nodes"]![0]!["number"]!.GetValue<string>(), "甲", "2026-12-20", "28"), (only[0], only[1], only[4], only[5]));

        using var xlsx = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/exports/expiring-certificates.xlsx?regionCode=440111&withinDays=30")));
        var sheet = xlsx.Worksheet(1);
        Assert.Equal(("证书编号", "甲", 28), (sheet.Cell(1, 1).GetString(), sheet.Cell(2, 2).GetString(), sheet.Cell(2, 6).GetValue<int>()));
        Assert.True(sheet.Cell(3, 1).IsEmpty());
    }

    [Fact]
    public async Task AFormulaLikeNameExportsAsText()
    {
        var committee = await s.Training.Roster.Committee("440113", name: "=HYPERLINK(\"http://example.invalid\")调委会");
        await s.Training.Mediator("440113", "丁", committeeId: committee);
        using var client = app.Admin.Client();

        var csv = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/exports/uncertified-serving.csv?regionCode=440113"))[3..]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")调委会\"", csv);

        using var xlsx = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/exports/uncertified-serving.xlsx?regionCode=440113")));
        var cell = xlsx.Worksheet(1).Cell(2, 2);
        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://example.invalid\")调委会", cell.GetString());
    }

    [Fact]
    public async Task ExportsNeedATokenAndStayInsideTheJurisdiction()
    {
        using var anonymous = app.Anonymous.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/exports/uncertified-serving.csv?regionCode=440111")).StatusCode);
        using var sichuan = app.As(Domain.Access.Role.Viewer, "51").Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await sichuan.GetAsync("/exports/expiring-certificates.xlsx?regionCode=440111&withinDays=30")).StatusCode);
        using var guangdong = app.As(Domain.Access.Role.Viewer, "44").Client();
        Assert.Equal(HttpStatusCode.BadRequest, (await guangdong.GetAsync("/exports/expiring-certificates.csv?regionCode=440111")).StatusCode);
    }
}

public sealed class SqliteCertificateExportTests(SqliteApp app) : CertificateExportTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCertificateExportTests(PostgresApp app) : CertificateExportTests(app), IClassFixture<PostgresApp>;
