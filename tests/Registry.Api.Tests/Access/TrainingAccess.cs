using System.Net;
using System.Text;
using Registry.Api.Tests.Infrastructure;
using Registry.Api.Tests.Training;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Access;

/// <summary>Training organisers and bureau admins manage the sessions of their own jurisdiction; nobody else writes training.</summary>
public abstract class TrainingAccess(RegistryApp app)
{
    private readonly TrainingScenario scenario = new(app);

    [Fact]
    public async Task AnOrganiserRecordsOnlyAtSessionsOfTheirJurisdiction()
    {
        var (mediator, _, _) = await scenario.Mediator("510703001");
        var session = await scenario.Session("510703", "2026-05-12", form: "PRACTICAL_DRILL");

        var outsider = await app.As(Role.TrainingOrganiser, "5101").Data(TrainingScenario.Record,
            new { input = new { sessionId = session, attendees = new[] { new { mediatorId = mediator } } } });
        var error = Assert.Single(outsider["recordAttendance"]!["userErrors"]!.AsArray())!;
        Assert.Equal(("sessionId", "FORBIDDEN"), (TrainingScenario.Fields(error), error["code"]!.GetValue<string>()));
        Assert.Equal(0, app.WithDb(db => db.Attendances.Count()));

        var organiser = await app.As(Role.TrainingOrganiser, "5107").Data(TrainingScenario.Record,
            new { input = new { sessionId = session, attendees = new[] { new { mediatorId = mediator } } } });
        Assert.Empty(organiser["recordAttendance"]!["userErrors"]!.AsArray());
        Assert.Equal(1, app.WithDb(db => db.Attendances.Count()));
        Assert.Equal(1, app.WithDb(db => db.AuditEntries.Count(e => e.Operation == "recordAttendance" && e.Jurisdiction == "5107")));
    }

    [Fact]
    public async Task ViewersCannotScheduleAndTheAnonymousCannotUpload()
    {
        var viewer = await app.As(Role.Viewer, "5107").GraphQL("""
            mutation { scheduleTrainingSession(input: { organiserRegionCode: "510703", form: LECTURE, topics: [MEDIATION_SKILLS],
              title: "x", date: "2026-06-01", hours: 2 }) { userErrors { message } } }
            """);
        Assert.Equal("FORBIDDEN", viewer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var session = await scenario.Session("510703", "2026-06-02");
        using var anonymous = app.Anonymous.Client();
        var response = await anonymous.PostAsync($"/imports/training-sessions/{session}/attendance", new StringContent("身份证号,姓名,学时,状态\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class SqliteTrainingAccess(SqliteApp app) : TrainingAccess(app), IClassFixture<SqliteApp>;

public sealed class PostgresTrainingAccess(PostgresApp app) : TrainingAccess(app), IClassFixture<PostgresApp>;
