using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Training;

/// <summary>recordAttendance: idempotent, capped, all or nothing with one error per bad row.</summary>
public abstract class AttendanceRecording(RegistryApp app)
{
    private readonly TrainingScenario scenario = new(app);

    private int AttendancesOf(string sessionId) => app.WithDb(db =>
    {
        Assert.True(Registry.Api.Schema.GlobalId.TryDecode(sessionId, out _, out var key));
        var id = long.Parse(key);
        return db.Attendances.Count(a => a.SessionId == id);
    });

    [Fact]
    public async Task RecordingAgainReplacesTheRecordAndNeverDoublesHours()
    {
        var a = await scenario.Mediator("511802");
        var session = await scenario.Session("511802", "2026-03-10", hours: 3);

        var first = await scenario.RecordAsync(session, new { mediatorId = a.Id });
        Assert.Equal(1, first["createdCount"]!.GetValue<int>());
        var again = await scenario.RecordAsync(session, new { idNumber = a.IdNumber });
        Assert.Equal(0, again["createdCount"]!.GetValue<int>());
        Assert.Equal(1, again["updatedCount"]!.GetValue<int>());
        Assert.Equal(3.0, (await scenario.TrainingRecord(a.Id, 2026))["hours"]!.GetValue<double>());

        await scenario.RecordAsync(session, new { mediatorId = a.Id, hours = 1.5, status = "PARTIAL" });
        var record = await scenario.TrainingRecord(a.Id, 2026);
        Assert.Equal(1.5, record["hours"]!.GetValue<double>());
        Assert.Equal(1, record["sessionCount"]!.GetValue<int>());
        Assert.Equal(1, AttendancesOf(session));
    }

    [Fact]
    public async Task EveryBadRowIsReportedByIndexAndNothingIsWritten()
    {
        var good = await scenario.Mediator("511803", "好学员");
        var ended = await scenario.Mediator("511803", "已离任", start: "2016-01-01", end: "2026-02-28");
        var elsewhere = await scenario.Mediator("511824", "外县人");
        var session = await scenario.Session("511803", "2026-04-01", hours: 3);
        var unknown = Infrastructure.Roster.NewPerson().IdNumber;

        var payload = await scenario.RecordAsync(session,
            new { mediatorId = good.Id },
            new { idNumber = unknown },
            new { mediatorId = good.Id, hours = 2 },
            new { idNumber = ended.IdNumber, hours = 3.5 },
            new { mediatorId = ended.Id },
            new { mediatorId = elsewhere.Id },
            new { idNumber = "123" });

        Assert.True(payload["attendances"] is null);
        var errors = payload["userErrors"]!.AsArray().Select(e => (TrainingScenario.Fields(e!), e!["code"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
        Assert.Equal(
            ["attendees.1.idNumber NOT_FOUND", "attendees.2.mediatorId DUPLICATE", "attendees.3.hours OUT_OF_RANGE",
             "attendees.4.mediatorId INVALID_STATE", "attendees.5.mediatorId INVALID_STATE", "attendees.6.idNumber INVALID"],
            errors.Select(e => $"{e.Item1} {e.Item2}"));
        Assert.Contains("must not exceed the session's 3 hours", errors[2].Item3);
        Assert.Contains("ended on 2026-02-28", errors[3].Item3);
        Assert.Contains("outside it", errors[4].Item3);
        Assert.Equal(0, AttendancesOf(session));
    }

    [Fact]
    public async Task HoursAboveTheSessionAreRefusedAndTheWholeSessionIsTheDefault()
    {
        var a = await scenario.Mediator("511825");
        var session = await scenario.Session("5118", "2026-05-20", hours: 2.5);
        var refused = await scenario.RecordAsync(session, new { mediatorId = a.Id, hours = 2.75 });
        Assert.Equal("attendees.0.hours", TrainingScenario.Fields(refused["userErrors"]![0]!));

        var accepted = await scenario.RecordAsync(session, new { mediatorId = a.Id });
        Assert.Equal(2.5, accepted["attendances"]![0]!["hours"]!.GetValue<double>());
        var cut = await app.Data("""
            mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { userErrors { field code } } }
            """, new { input = new { sessionId = session, hours = 2 } });
        Assert.Equal("CONFLICT", cut["updateTrainingSession"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASessionOnNewYearsEveCountsForThatYearOnly()
    {
        var a = await scenario.Mediator("510705");
        var eve = await scenario.Session("510705", "2025-12-31", hours: 2);
        var newYear = await scenario.Session("510705", "2026-01-01", hours: 4, form: "PRACTICAL_DRILL");
        await scenario.Attend(eve, a.Id);
        await scenario.Attend(newYear, a.Id);

        var y2025 = await scenario.TrainingRecord(a.Id, 2025);
        var y2026 = await scenario.TrainingRecord(a.Id, 2026);
        Assert.Equal((2.0, 0), (y2025["hours"]!.GetValue<double>(), y2025["practicalCount"]!.GetValue<int>()));
        Assert.Equal((4.0, 1), (y2026["hours"]!.GetValue<double>(), y2026["practicalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ACancelledSessionCreditsNothingAndTakesNoAttendance()
    {
        var a = await scenario.Mediator("510722");
        var session = await scenario.Session("510722", "2026-06-01", hours: 3, form: "PRACTICAL_DRILL");
        await scenario.Attend(session, a.Id);
        await app.Data("""mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { userErrors { code } } }""",
            new { input = new { sessionId = session, reason = "暴雨" } });
        var record = await scenario.TrainingRecord(a.Id, 2026);
        Assert.Equal((0.0, 0), (record["hours"]!.GetValue<double>(), record["practicalCount"]!.GetValue<int>()));
        var refused = await scenario.RecordAsync(session, new { mediatorId = a.Id });
        Assert.Equal("INVALID_STATE", refused["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}

public sealed class SqliteAttendanceRecording(SqliteApp app) : AttendanceRecording(app), IClassFixture<SqliteApp>;

public sealed class PostgresAttendanceRecording(PostgresApp app) : AttendanceRecording(app), IClassFixture<PostgresApp>;
