using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Schema;
using Registry.Api.Tests.Infrastructure;
using Registry.Data.Training;
using Registry.Domain.Training;

namespace Registry.Api.Tests.Training;

/// <summary>
/// training_credits after every kind of write equals a recount from scratch (<see cref="CreditRecount"/>), with the
/// figures worked out by hand. Sessions are organised by Ya'an's county 511822.
/// </summary>
public abstract class TrainingCreditsKeeping(RegistryApp app)
{
    private const string County = "511822";
    private readonly TrainingScenario scenario = new(app);

    private CreditRecount Recount()
    {
        var recount = app.WithDb(CreditRecount.Of);
        Assert.Equal(recount.Recounted, recount.Stored);
        return recount;
    }

    private static long Key(string mediatorId) => GlobalId.DecodeKey(mediatorId, "Mediator", "id");

    private async Task<JsonNode> UpdateSession(object input) =>
        (await app.Data("""
            mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { trainingSession { id } userErrors { field code } } }
            """, new { input }))["updateTrainingSession"]!;

    private async Task CancelSession(string sessionId)
    {
        var payload = (await app.Data("""
            mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { trainingSession { id } userErrors { field code } } }
            """, new { input = new { sessionId, reason = "暴雨停课" } }))["cancelTrainingSession"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
    }

    [Fact]
    public async Task RecordingCreditsEachAttendeeInTheSessionsYear()
    {
        var whole = await scenario.Mediator(County, "全程");
        var part = await scenario.Mediator(County, "半程");
        var absent = await scenario.Mediator(County, "缺席");
        var drill = await scenario.Session(County, "2026-05-12", hours: 4, form: "PRACTICAL_DRILL");

        await scenario.RecordAsync(drill, new { mediatorId = whole.Id }, new { mediatorId = part.Id, hours = 1.5, status = "PARTIAL" },
            new { mediatorId = absent.Id, status = "ABSENT" });

        var credits = Recount();
        Assert.Equal((240, 1, 1), credits.Of(Key(whole.Id), 2026));
        Assert.Equal((90, 1, 1), credits.Of(Key(part.Id), 2026));
        Assert.Null(credits.Of(Key(absent.Id), 2026));
        Assert.Null(credits.Of(Key(whole.Id), 2025));
    }

    [Fact]
    public async Task RecordingAgainReplacesTheCredit()
    {
        var mediator = await scenario.Mediator(County, "重录");
        var lecture = await scenario.Session(County, "2026-03-01", hours: 3);
        var seminar = await scenario.Session(County, "2026-04-01", hours: 2, form: "SEMINAR");
        await scenario.Attend(lecture, mediator.Id);
        await scenario.Attend(seminar, mediator.Id);
        Assert.Equal((300, 0, 2), Recount().Of(Key(mediator.Id), 2026));

        await scenario.RecordAsync(lecture, new { mediatorId = mediator.Id, hours = 1, status = "PARTIAL" });
        Assert.Equal((180, 0, 2), Recount().Of(Key(mediator.Id), 2026));

        await scenario.RecordAsync(lecture, new { mediatorId = mediator.Id, status = "EXCUSED" });
        await scenario.RecordAsync(seminar, new { mediatorId = mediator.Id, status = "ABSENT" });
        Assert.Null(Recount().Of(Key(mediator.Id), 2026));
    }

    [Fact]
    public async Task ChangingASessionsHoursOrPracticalFlagRecountsItsAttendees()
    {
        var first = await scenario.Mediator(County, "甲");
        var second = await scenario.Mediator(County, "乙");
        var observation = await scenario.Session(County, "2026-06-01", hours: 2, form: "LECTURE");
        await scenario.Attend(observation, first.Id, second.Id);
        Assert.Equal((120, 0, 1), Recount().Of(Key(first.Id), 2026));

        Assert.Empty((await UpdateSession(new { sessionId = observation, isPractical = true, hours = 3 }))["userErrors"]!.AsArray());
        var credits = Recount();
        // Longer session, same credit: attendees keep the minutes they were credited; the session now counts as 实训.
        Assert.Equal((120, 1, 1), credits.Of(Key(first.Id), 2026));
        Assert.Equal((120, 1, 1), credits.Of(Key(second.Id), 2026));

        Assert.Empty((await UpdateSession(new { sessionId = observation, isPractical = false }))["userErrors"]!.AsArray());
        Assert.Equal((120, 0, 1), Recount().Of(Key(second.Id), 2026));
    }

    [Fact]
    public async Task CancellingASessionTakesAwayItsCredits()
    {
        var mediator = await scenario.Mediator(County, "取消");
        var kept = await scenario.Session(County, "2026-02-01", hours: 2);
        var cancelled = await scenario.Session(County, "2026-02-15", hours: 4, form: "PRACTICAL_DRILL");
        await scenario.Attend(kept, mediator.Id);
        await scenario.Attend(cancelled, mediator.Id);
        Assert.Equal((360, 1, 2), Recount().Of(Key(mediator.Id), 2026));

        await CancelSession(cancelled);

        Assert.Equal((120, 0, 1), Recount().Of(Key(mediator.Id), 2026));
        var record = await scenario.TrainingRecord(mediator.Id, 2026);
        Assert.Equal((2.0, 0, 1), (record["hours"]!.GetValue<double>(), record["practicalCount"]!.GetValue<int>(), record["sessionCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ASessionMovedAcrossTheYearEndCreditsTheNewYear()
    {
        var mediator = await scenario.Mediator(County, "跨年");
        var session = await scenario.Session(County, "2025-12-30", hours: 3);
        Assert.Empty((await UpdateSession(new { sessionId = session, date = "2026-01-02" }))["userErrors"]!.AsArray());
        await scenario.Attend(session, mediator.Id);
        Assert.Equal((180, 0, 1), Recount().Of(Key(mediator.Id), 2026));

        // Once attendance is recorded the date is fixed, and the refused change leaves the credits as they were.
        var refused = await UpdateSession(new { sessionId = session, date = "2025-12-30" });
        Assert.Equal("CONFLICT", refused["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal((180, 0, 1), Recount().Of(Key(mediator.Id), 2026));

        // The refresh itself recounts both years when a session's date does move (here stored directly, past the rule
        // that fixes the date once attendance is recorded).
        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var id = GlobalId.DecodeKey(session, "TrainingSession", "id");
            var stored = await db.TrainingSessions.SingleAsync(s => s.Id == id);
            stored.Update(new TrainingSessionDetails(stored.RegionCode, stored.Tier, stored.Form, stored.Topics, stored.Title,
                new DateOnly(2025, 12, 30), stored.Hours, stored.Location, stored.IsPractical), attendanceRecorded: false, 180);
            await db.SaveChangesAsync();
            await TrainingCredits.RefreshAttendeesAsync(db, id, [2026, 2025], default);
            await transaction.CommitAsync();
        });
        var credits = Recount();
        Assert.Null(credits.Of(Key(mediator.Id), 2026));
        Assert.Equal((180, 0, 1), credits.Of(Key(mediator.Id), 2025));
    }

    [Fact]
    public async Task ARefusedRecordingChangesNoCredit()
    {
        var mediator = await scenario.Mediator(County, "被拒");
        var session = await scenario.Session(County, "2026-07-01", hours: 2);
        await scenario.Attend(session, mediator.Id);

        var payload = await scenario.RecordAsync(session, new { mediatorId = mediator.Id, hours = 1, status = "PARTIAL" },
            new { mediatorId = GlobalId.Encode("Mediator", 999999999) });

        Assert.NotEmpty(payload["userErrors"]!.AsArray());
        Assert.Equal((120, 0, 1), Recount().Of(Key(mediator.Id), 2026));
    }

    [Fact]
    public async Task ConcurrentRecordingsOfTheSameMediatorsKeepEverySession()
    {
        var mediators = new List<string>();
        for (var i = 0; i < 5; i++) mediators.Add((await scenario.Mediator(County, $"并发{i}")).Id);
        var sessions = new List<string>();
        for (var i = 0; i < 4; i++) sessions.Add(await scenario.Session(County, $"2026-08-0{i + 1}", hours: 1 + i));

        // Each session lists the mediators in another order, so their row locks are asked for in different orders.
        var payloads = await Task.WhenAll(sessions.Select((session, i) =>
            scenario.RecordAsync(session, mediators.Skip(i).Concat(mediators.Take(i)).Select(id => (object)new { mediatorId = id }).ToArray())));

        Assert.All(payloads, p => Assert.Empty(p["userErrors"]!.AsArray()));
        var credits = Recount();
        Assert.All(mediators, id => Assert.Equal((600, 0, 4), credits.Of(Key(id), 2026)));
    }
}

public sealed class SqliteTrainingCreditsKeeping(SqliteApp app) : TrainingCreditsKeeping(app), IClassFixture<SqliteApp>;

public sealed class PostgresTrainingCreditsKeeping(PostgresApp app) : TrainingCreditsKeeping(app), IClassFixture<PostgresApp>;
