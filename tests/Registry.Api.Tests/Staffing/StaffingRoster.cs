using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Mediators;

namespace Registry.Api.Tests.Staffing;

/// <summary>Builds the committees, mediators and appointments a staffing test needs, through the public mutations.</summary>
public sealed class StaffingRoster(RegistryApp app)
{
    private static int next;

    public async Task<string> CommitteeAsync(string regionCode, string kind, string establishedOn, bool conditions = false)
    {
        var data = await app.Data("""
            mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id } userErrors { field message } } }
            """, new { input = new { name = $"{regionCode}{kind}调委会", kind, regionCode, establishedOn, hasFullTimeConditions = conditions,
                sector = kind == "INDUSTRY_PROFESSIONAL" ? "MEDICAL" : null } });
        return Id(data["createCommittee"]!, "committee");
    }

    public async Task<string> MediatorAsync()
    {
        var n = Interlocked.Increment(ref next);
        var birthDate = new DateOnly(1960, 1, 1).AddDays(n * 7);
        var gender = n % 2 == 0 ? Gender.Female : Gender.Male;
        var data = await app.Data("""
            mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message } } }
            """, new
        {
            input = new
            {
                name = $"调解员{n}", gender = gender == Gender.Male ? "MALE" : "FEMALE", birthDate = birthDate.ToString("yyyy-MM-dd"),
                idNumber = ResidentIdNumber.Compose("110101", birthDate, n % 500, gender),
            },
        });
        return Id(data["registerMediator"]!, "mediator");
    }

    public async Task<string> AppointAsync(string mediatorId, string committeeId, string employment, string startDate, string? endDate = null)
    {
        var data = await app.Data("""
            mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { appointment { id } userErrors { field message } } }
            """, new { input = new { mediatorId, committeeId, role = "MEMBER", employment, startDate, endDate } });
        return Id(data["appointMediator"]!, "appointment");
    }

    /// <summary>A new mediator appointed to the committee.</summary>
    public async Task<string> StaffAsync(string committeeId, string employment, string startDate)
    {
        var mediator = await MediatorAsync();
        await AppointAsync(mediator, committeeId, employment, startDate);
        return mediator;
    }

    private static string Id(System.Text.Json.Nodes.JsonNode payload, string field)
    {
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, payload["userErrors"]!.ToJsonString());
        return payload[field]!["id"]!.GetValue<string>();
    }
}
