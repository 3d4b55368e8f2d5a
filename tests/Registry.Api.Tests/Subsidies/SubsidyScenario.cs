using System.Text.Json.Nodes;
using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Grading;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Subsidies;

/// <summary>Subsidy policies, statements and claims through the public API, for the subsidy tests.</summary>
public sealed class SubsidyScenario(RegistryApp app)
{
    public readonly GradingScenario Grading = new(app);

    public const string TotalsFields = "amount amountBeforeCap lines payableLines cases";
    public const string LineFields = "externalNumber mediator { name } isLead share baseFen coefficient personPercent amountBeforeCap amount reason rule";
    public const string ClaimFields = "id status amount lineCount payableLineCount submittedBy version history { statusAfter by note }";

    /// <summary>A session of <paramref name="role"/> in <paramref name="jurisdiction"/> whose token names <paramref name="subject"/>.</summary>
    public ApiSession As(Role role, string jurisdiction, string subject) => new(app, app.Token(role, jurisdiction, subject: subject));

    public async Task<JsonNode> SetPolicy(object input) =>
        await Grading.Mutate("setSubsidyPolicy", "SetSubsidyPolicyInput", "policy { id regionCode effectiveFrom effectiveTo leadSharePercent }", input);

    public static object Policy(string region, string from, long ordinaryWritten = 8000, long? cap = 20000, int fullTimePercent = 100) => new
    {
        regionCode = region, title = "测试以案定补", sourceDocument = "测试用", effectiveFrom = from,
        rates = new object[]
        {
            new { difficulty = "SIMPLE", agreement = "WRITTEN", amountFen = 3001L },
            new { difficulty = "ORDINARY", agreement = "WRITTEN", amountFen = ordinaryWritten },
            new { difficulty = "ORDINARY", agreement = "ORAL", amountFen = 5000L },
            new { difficulty = "COMPLEX", agreement = "WRITTEN", amountFen = 50000L },
        },
        gradeCoefficients = new object[] { new { levelName = "四级", permille = 1200 } },
        leadSharePercent = 60, monthlyCapFen = cap, maxEntryDelayDays = 30, followUpRequiredFrom = "COMPLEX",
        duplicateWindowDays = 90, civilServantPercent = 0, fullTimePercent,
    };

    public async Task<JsonNode> Statement(string region, string from, string to, string select, ApiSession? session = null) =>
        (await (session ?? app.Admin).Data($$"""
            query($region: String!, $from: Date!, $to: Date!) { subsidyStatement(regionCode: $region, from: $from, to: $to) { {{select}} } }
            """, new { region, from, to }))["subsidyStatement"]!;

    public async Task<JsonNode> Claim(ApiSession session, string mutation, string inputType, object input, string payloadType = "SubsidyClaimPayload")
    {
        var data = await session.Data($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ claim {{ {ClaimFields} }} userErrors {{ field message code }} }} }}", new { input });
        return data[mutation]!;
    }

    public Task<JsonNode> Create(ApiSession session, string region, string from, string to) =>
        Claim(session, "createSubsidyClaim", "CreateSubsidyClaimInput", new { regionCode = region, from, to });

    public Task<JsonNode> Step(ApiSession session, string mutation, string claimId) => Claim(session, mutation, "ClaimInput", new { claimId });

    public async Task<JsonNode> ClaimLines(string claimId) =>
        (await app.Data($$"""query($id: ID!) { node(id: $id) { ... on SubsidyClaim { amount lineCount lines(first: 100) { totalCount nodes { {{LineFields}} } } } } }""",
            new { id = claimId }))["node"]!;

    public async Task<string> CivilServant(string name, string committee)
    {
        var person = Infrastructure.Roster.NewPerson();
        var data = await app.Data("""
            mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { mediator { id } userErrors { field message } } }
            """, new { input = new { name, gender = person.Gender, birthDate = person.BirthDate, idNumber = person.IdNumber, background = "CIVIL_SERVANT" } });
        var id = data["registerMediator"]!["mediator"]!["id"]!.GetValue<string>();
        await Grading.Training.Roster.Appoint(id, committee, employment: "PART_TIME");
        return id;
    }
}
