using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Training;

/// <summary>Builds training data through the public mutations, failing loudly when one is refused.</summary>
public sealed class TrainingScenario(RegistryApp app)
{
    public readonly Infrastructure.Roster Roster = new(app);

    public const string Record = """
        mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
          attendances { hours status mediator { id } } createdCount updatedCount userErrors { field message code } } }
        """;

    /// <summary>A mediator appointed at a new committee in <paramref name="regionCode"/>; returns the global ID and ID number.</summary>
    public async Task<(string Id, string IdNumber, string Name)> Mediator(string regionCode, string name = "王调解",
        string start = "2016-01-01", string? end = null, string? committeeId = null)
    {
        var person = Infrastructure.Roster.NewPerson();
        var data = await app.Data("""
            mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message } } }
            """, new { input = new { name, gender = person.Gender, birthDate = person.BirthDate, idNumber = person.IdNumber } });
        var id = data["registerMediator"]!["mediator"]!["id"]!.GetValue<string>();
        committeeId ??= await Roster.Committee(regionCode, kind: regionCode.Length == 9 ? "TOWNSHIP" : "MEDIATION_CENTER");
        await Roster.Appoint(id, committeeId, employment: "PART_TIME", startDate: start, endDate: end);
        return (id, person.IdNumber, name);
    }

    public async Task<string> Session(string organiser, string date, double hours = 3, string form = "LECTURE", string title = "调解技能培训")
    {
        var data = await app.Data("""
            mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { trainingSession { id } userErrors { field message } } }
            """, new { input = new { organiserRegionCode = organiser, form, topics = new[] { "MEDIATION_SKILLS" }, title, date, hours, location = "司法局会议室" } });
        var payload = data["scheduleTrainingSession"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["trainingSession"]!["id"]!.GetValue<string>();
    }

    public async Task<JsonNode> RecordAsync(string sessionId, params object[] attendees) =>
        (await app.Data(Record, new { input = new { sessionId, attendees } }))["recordAttendance"]!;

    public async Task Attend(string sessionId, params string[] mediatorIds)
    {
        var payload = await RecordAsync(sessionId, mediatorIds.Select(id => (object)new { mediatorId = id }).ToArray());
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, payload["userErrors"]!.ToJsonString());
    }

    public async Task<JsonNode> TrainingRecord(string mediatorId, int year) =>
        (await app.Data("""
            query($id: ID!, $year: Int!) { node(id: $id) { ... on Mediator { trainingRecord(year: $year) { year hours practicalCount sessionCount attendances { status hours } } } } }
            """, new { id = mediatorId, year }))["node"]!["trainingRecord"]!;

    public static string Fields(JsonNode error) => string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
}
