using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Training;

/// <summary>POST /imports/training-sessions/{id}/attendance with a sign-in sheet.</summary>
public abstract class AttendanceSheetUpload(RegistryApp app)
{
    private readonly TrainingScenario scenario = new(app);

    private async Task<(HttpStatusCode Status, JsonNode Body)> Upload(string sessionId, string csv, bool multipart = false)
    {
        using var client = app.Admin.Client();
        HttpContent content = new StringContent(csv, Encoding.UTF8, "text/csv");
        if (multipart) content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "签到表.csv" } };
        using var response = await client.PostAsync($"/imports/training-sessions/{sessionId}/attendance", content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task ASheetWithChineseHeadersIsRecorded()
    {
        var a = await scenario.Mediator("511823", "李明");
        var b = await scenario.Mediator("511823", "赵红");
        var session = await scenario.Session("511823", "2026-07-07", hours: 3);
        var (status, body) = await Upload(session, $"身份证号,姓名,学时,状态\r\n{a.IdNumber},李明,3,出席\r\n{b.IdNumber},赵红,1.5,部分\r\n", multipart: true);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 2), (body["recorded"]!.GetValue<int>(), body["created"]!.GetValue<int>()));
        Assert.Equal(1.5, (await scenario.TrainingRecord(b.Id, 2026))["hours"]!.GetValue<double>());

        var (again, repeat) = await Upload(session, $"idNumber,name,hours,status\n{a.IdNumber},李明,3,ATTENDED\n");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(1, repeat["updated"]!.GetValue<int>());
        Assert.Equal(3.0, (await scenario.TrainingRecord(a.Id, 2026))["hours"]!.GetValue<double>());
    }

    [Fact]
    public async Task BadRowsAreReportedWithSheetRowNumbersAndNothingIsRecorded()
    {
        var a = await scenario.Mediator("511826", "孙亮");
        var b = await scenario.Mediator("511826", "周强");
        var session = await scenario.Session("511826", "2026-08-08", hours: 2);
        var (status, body) = await Upload(session, $"姓名,身份证号,学时\n孙亮,{a.IdNumber},2\n周强强,{b.IdNumber},2\n孙亮,{a.IdNumber},abc\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = body["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["column"]!.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal([(3, "姓名", "CONFLICT"), (4, "学时", "INVALID")], errors);
        Assert.Equal(0.0, (await scenario.TrainingRecord(a.Id, 2026))["hours"]!.GetValue<double>());
    }
}

public sealed class SqliteAttendanceSheetUpload(SqliteApp app) : AttendanceSheetUpload(app), IClassFixture<SqliteApp>;

public sealed class PostgresAttendanceSheetUpload(PostgresApp app) : AttendanceSheetUpload(app), IClassFixture<PostgresApp>;
