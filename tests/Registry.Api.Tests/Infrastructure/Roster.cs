using System.Text.Json.Nodes;
using Registry.Domain.Mediators;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>Builds roster data through the public mutations, as a bureau would, and fails loudly if one is refused.</summary>
public sealed class Roster(RegistryApp app)
{
    private static int sequence;

    public async Task<string> Committee(string regionCode, string kind = "TOWNSHIP", string establishedOn = "2015-01-01",
        bool hasFullTimeConditions = false, string? name = null, string? extra = null)
    {
        var data = await app.Data($$"""
            mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id } userErrors { field message } } }
            """, new { input = CommitteeInput(regionCode, kind, establishedOn, hasFullTimeConditions, name ?? $"测试{regionCode}{kind}调委会") });
        return Id(data["createCommittee"]!, "committee");
    }

    public static Dictionary<string, object?> CommitteeInput(string regionCode, string kind, string establishedOn, bool hasFullTimeConditions, string name)
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = name, ["kind"] = kind, ["regionCode"] = regionCode, ["establishedOn"] = establishedOn,
            ["hasFullTimeConditions"] = hasFullTimeConditions,
        };
        if (kind == "INDUSTRY_PROFESSIONAL") input["sector"] = "MEDICAL";
        if (kind == "DISPATCHED_OFFICE") input["hostInstitution"] = "COURT";
        return input;
    }

    /// <summary>A new valid, unique resident ID number with the birth date and gender it encodes.</summary>
    public static (string IdNumber, string BirthDate, string Gender) NewPerson(bool male = true)
    {
        var n = Interlocked.Increment(ref sequence);
        var birth = new DateOnly(1960, 1, 1).AddDays(n % 10000);
        // Address code, birth date and sequence together keep thousands of people unique within one test run.
        var id = ResidentIdNumber.Compose($"{110100 + n / 10000 % 99:000000}", birth, n % 500, male ? Gender.Male : Gender.Female);
        return (id, birth.ToString("yyyy-MM-dd"), male ? "MALE" : "FEMALE");
    }

    public async Task<string> Mediator(string name = "张三", bool male = true)
    {
        var person = NewPerson(male);
        var data = await app.Data("""
            mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message } } }
            """, new { input = new { name, gender = person.Gender, birthDate = person.BirthDate, idNumber = person.IdNumber, phone = "13800138000" } });
        return Id(data["registerMediator"]!, "mediator");
    }

    public async Task<string> Appoint(string mediatorId, string committeeId, string employment = "FULL_TIME",
        string startDate = "2016-01-01", string? endDate = null, string role = "MEMBER")
    {
        var data = await app.Data("""
            mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { appointment { id } userErrors { field message } } }
            """, new { input = new { mediatorId, committeeId, role, employment, startDate, endDate } });
        return Id(data["appointMediator"]!, "appointment");
    }

    private static string Id(JsonNode payload, string field)
    {
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, $"Refused: {payload["userErrors"]!.ToJsonString()}");
        return payload[field]!["id"]!.GetValue<string>();
    }
}
