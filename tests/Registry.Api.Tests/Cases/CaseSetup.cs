using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Cases;

/// <summary>Committees, mediators and case rows for the case tests, built through the public API.</summary>
public sealed class CaseSetup(RegistryApp app)
{
    public const string ImportCases = """
        mutation($input: ImportCasesInput!) { importCases(input: $input) { created updated userErrors { field message code } } }
        """;

    public Infrastructure.Roster Roster { get; } = new(app);

    /// <summary>A registered mediator: global ID and the ID number they registered with.</summary>
    public async Task<(string Id, string IdNumber)> Mediator(string name = "李调解")
    {
        var person = Infrastructure.Roster.NewPerson();
        var data = await app.Data("""
            mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message } } }
            """, new { input = new { name, gender = person.Gender, birthDate = person.BirthDate, idNumber = person.IdNumber } });
        return (data["registerMediator"]!["mediator"]!["id"]!.GetValue<string>(), person.IdNumber);
    }

    /// <summary>A committee in <paramref name="region"/> with one mediator appointed from 2016-01-01 (or as given).</summary>
    public async Task<(string Committee, string Mediator, string IdNumber)> CommitteeWithMediator(string region,
        string start = "2016-01-01", string? end = null, string kind = "VILLAGE")
    {
        var committee = await Roster.Committee(region, kind);
        var (mediator, idNumber) = await Mediator();
        await Roster.Appoint(mediator, committee, "PART_TIME", start, end);
        return (committee, mediator, idNumber);
    }

    public static Dictionary<string, object?> Row(string number, string committeeId, string leadMediatorId,
        string receivedOn = "2026-01-05", string? closedOn = "2026-02-01", string? outcome = "WRITTEN_AGREEMENT",
        string category = "NEIGHBOURS", string difficulty = "ORDINARY", string? enteredOn = null, string[]? parties = null,
        string[]? coMediators = null, bool turnedCriminal = false, string? followUpOn = null) => new()
    {
        ["externalNumber"] = number, ["committeeId"] = committeeId, ["category"] = category, ["difficulty"] = difficulty,
        ["leadMediatorId"] = leadMediatorId, ["coMediatorIds"] = coMediators, ["receivedOn"] = receivedOn, ["closedOn"] = closedOn,
        ["outcome"] = outcome, ["followUpOn"] = followUpOn, ["turnedCriminal"] = turnedCriminal,
        ["enteredOn"] = enteredOn ?? closedOn ?? receivedOn, ["partyIdNumbers"] = parties,
    };

    public async Task<JsonObject> Import(string platform, params Dictionary<string, object?>[] rows) =>
        (await app.Data(ImportCases, new { input = new { sourcePlatform = platform, cases = rows } }))["importCases"]!.AsObject();

    /// <summary>Imports and fails the test if any row was refused.</summary>
    public async Task<JsonObject> ImportOk(string platform, params Dictionary<string, object?>[] rows)
    {
        var payload = await Import(platform, rows);
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, $"Refused: {payload["userErrors"]!.ToJsonString()}");
        return payload;
    }

    public static List<(string Field, string Code, string Message)> Errors(JsonObject payload) =>
        payload["userErrors"]!.AsArray().Select(e => (
            string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>())),
            e["code"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();
}
