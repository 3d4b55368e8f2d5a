using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Api.Cases;
using Registry.Api.Schema;
using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;
using Registry.Api.Tests.Training;
using Registry.Data;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Tests.UseCases;

/// <summary>
/// An upload and a GraphQL write race on PostgreSQL and meet the same handling, because both run one use case through
/// one runner. The order is made certain rather than hoped for: the test holds the contested row (a session's lock, or
/// an uncommitted case with the same number) until every writer is seen waiting on it, in the order they were sent.
/// PostgreSQL hands a row lock to its waiters in the order they queued.
/// </summary>
public sealed class UploadsRacingEdits(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string County = "511825";
    private readonly TrainingScenario training = new(app);
    private readonly CaseSetup cases = new(app);

    /// <summary>One writer's outcome: success, or the first error's code and its field as the transport names it.</summary>
    private sealed record Outcome(int Status, string? Code, string? Field);

    private async Task<Outcome> Record(string writer, string sessionId, (string Id, string IdNumber, string Name) mediator, int hours)
    {
        if (writer == "upload")
        {
            using var client = app.Admin.Client();
            using var response = await client.PostAsync($"/imports/training-sessions/{sessionId}/attendance",
                new StringContent($"身份证号,姓名,学时,状态\n{mediator.IdNumber},{mediator.Name},{hours},出席\n", Encoding.UTF8, "text/csv"));
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var error = body["errors"]!.AsArray().FirstOrDefault();
            return new Outcome((int)response.StatusCode, error?["code"]!.GetValue<string>(), error?["column"]?.GetValue<string>() ?? error?["field"]?.GetValue<string>());
        }
        var payload = await training.RecordAsync(sessionId, new { mediatorId = mediator.Id, hours });
        return FromPayload(payload);
    }

    private async Task<Outcome> CutHours(string sessionId, double hours)
    {
        var payload = (await app.Data("""
            mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { trainingSession { id } userErrors { field code } } }
            """, new { input = new { sessionId, hours } }))["updateTrainingSession"]!;
        return FromPayload(payload);
    }

    private static Outcome FromPayload(JsonNode payload) =>
        payload["userErrors"]!.AsArray().FirstOrDefault() is { } error
            ? new Outcome(0, error["code"]!.GetValue<string>(), string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>())))
            : new Outcome(200, null, null);

    /// <summary>
    /// Waits until <paramref name="count"/> statements of this test's database are queued on a lock. The view is read
    /// afresh each time: inside a transaction PostgreSQL would otherwise keep answering from its first snapshot.
    /// </summary>
    private static async Task WaitForWaitersAsync(DbConnection connection, int count, params Task<Outcome>[] writers)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (writers.FirstOrDefault(w => w.IsCompleted) is { } done)
                throw new InvalidOperationException($"A writer finished without waiting on the lock: {await done}");
            await using var clear = connection.CreateCommand();
            clear.CommandText = "SELECT pg_stat_clear_snapshot()";
            await clear.ExecuteNonQueryAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
            if ((long)(await command.ExecuteScalarAsync())! >= count) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Fewer than {count} writers queued on the lock within 20 s.");
    }

    /// <summary>Holds the session's row lock while <paramref name="first"/>, then <paramref name="second"/>, queue on it.</summary>
    private async Task<(Outcome First, Outcome Second)> InOrder(string sessionId, Func<Task<Outcome>> first, Func<Task<Outcome>> second)
    {
        Task<Outcome>? firstWriter = null, secondWriter = null;
        await app.WithDbAsync(async db =>
        {
            var id = GlobalId.DecodeKey(sessionId, "TrainingSession", "id");
            await using var hold = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM training_sessions WHERE id = {id} FOR UPDATE");
            var connection = db.Database.GetDbConnection();
            firstWriter = Task.Run(first);
            await WaitForWaitersAsync(connection, 1, firstWriter);
            secondWriter = Task.Run(second);
            await WaitForWaitersAsync(connection, 2, firstWriter, secondWriter);
            await hold.CommitAsync();
        });
        return (await firstWriter!, await secondWriter!);
    }

    [Theory]
    [InlineData("upload")]
    [InlineData("recordAttendance")]
    public async Task AnHoursCutQueuedBehindARecordingOfThreeHoursGetsTheSameConflict(string writer)
    {
        var mediator = await training.Mediator(County, "赛跑");
        var session = await training.Session(County, "2026-09-09", hours: 3);

        var (recorded, cut) = await InOrder(session, () => Record(writer, session, mediator, 3), () => CutHours(session, 2));

        Assert.Equal(new Outcome(200, null, null), recorded);
        Assert.Equal(new Outcome(0, "CONFLICT", "hours"), cut);
        Assert.Equal(3.0, (await training.TrainingRecord(mediator.Id, 2026))["hours"]!.GetValue<double>());
        Assert.Equal(180, app.WithDb(db => db.TrainingSessions.Single(s => s.Id == GlobalId.DecodeKey(session, "TrainingSession", "id")).Minutes));
    }

    [Theory]
    [InlineData("upload", 422, "学时")]
    [InlineData("recordAttendance", 0, "attendees.0.hours")]
    public async Task ARecordingQueuedBehindAnHoursCutIsRefusedWithTheSameCode(string writer, int status, string field)
    {
        var mediator = await training.Mediator(County, "落后");
        var session = await training.Session(County, "2026-09-10", hours: 3);

        var (cut, recorded) = await InOrder(session, () => CutHours(session, 2), () => Record(writer, session, mediator, 3));

        Assert.Equal(new Outcome(200, null, null), cut);
        Assert.Equal(new Outcome(status, "OUT_OF_RANGE", field), recorded);
        Assert.Equal(0.0, (await training.TrainingRecord(mediator.Id, 2026))["hours"]!.GetValue<double>());
    }

    private async Task<Outcome> ImportCase(string writer, string platform, string committee, string mediator)
    {
        if (writer == "upload")
        {
            using var client = app.Admin.Client();
            using var response = await client.PostAsync($"/imports/cases?sourcePlatform={platform}", new StringContent($"""
                externalNumber,committeeId,category,difficulty,leadMediatorId,receivedOn,closedOn,outcome,enteredOn
                RACE-1,{committee},NEIGHBOURS,ORDINARY,{mediator},2026-01-05,2026-02-01,WRITTEN_AGREEMENT,2026-02-01
                """, Encoding.UTF8, "text/csv"));
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var error = body["errors"]!.AsArray().FirstOrDefault();
            return new Outcome((int)response.StatusCode, error?["code"]!.GetValue<string>(), error?["field"]?.GetValue<string>());
        }
        var payload = await cases.Import(platform, CaseSetup.Row("RACE-1", committee, mediator, enteredOn: "2026-02-01"));
        return FromPayload(payload);
    }

    [Theory]
    [InlineData("upload", 409)]
    [InlineData("importCases", 0)]
    public async Task AnImportThatLosesTheRaceForANewCaseGetsConflictAndWritesNothing(string writer, int status)
    {
        var (committee, mediator, _) = await cases.CommitteeWithMediator("419001100218");
        var platform = $"race-{writer}";

        Task<Outcome>? loser = null;
        using (var scope = app.Services.CreateScope())
        {
            // Another import of the same case, saved but not yet committed when the writer tries to insert it.
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            await using var other = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<CaseImporter>().ImportAsync(db, platform, [new CaseImportRow
            {
                ExternalNumber = "RACE-1", CommitteeId = committee, LeadMediatorId = mediator, Category = DisputeCategory.Neighbours,
                Difficulty = CaseDifficulty.Ordinary, ReceivedOn = new DateOnly(2026, 1, 5), ClosedOn = new DateOnly(2026, 2, 1),
                Outcome = CaseOutcome.WrittenAgreement, EnteredOn = new DateOnly(2026, 2, 1),
            }], default);
            await db.SaveChangesAsync();
            loser = Task.Run(() => ImportCase(writer, platform, committee, mediator));
            await WaitForWaitersAsync(db.Database.GetDbConnection(), 1, loser);
            await other.CommitAsync();
        }

        Assert.Equal(new Outcome(status, "CONFLICT", "input"), await loser);
        Assert.Equal(1, app.WithDb(db => db.Cases.Count(c => c.SourcePlatform == platform)));
    }
}
