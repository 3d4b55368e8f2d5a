using System.Text.Json.Nodes;
using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;
using Registry.Api.Tests.Training;

namespace Registry.Api.Tests.Grading;

/// <summary>Grading and certificate writes through the public mutations, for the grading tests.</summary>
public sealed class GradingScenario(RegistryApp app)
{
    public readonly TrainingScenario Training = new(app);
    public readonly CaseSetup Cases = new(app);

    public const string CertificateFields = "id number status issuedOn validUntil issuer { code } history { totalCount nodes { kind on statusAfter reason } }";

    public async Task<JsonNode> Mutate(string mutation, string inputType, string payloadField, object input)
    {
        var data = await app.Data($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {payloadField} userErrors {{ field message code }} }} }}", new { input });
        return data[mutation]!;
    }

    public Task<JsonNode> Issue(string mediatorId, string issuedOn, string validUntil, string issuer, string? number = null) =>
        Mutate("issueCertificate", "IssueCertificateInput", $"certificate {{ {CertificateFields} }}",
            new { mediatorId, issuedOn, validUntil, issuerRegionCode = issuer, number });

    public async Task<string> IssueOk(string mediatorId, string issuedOn, string validUntil, string issuer)
    {
        var payload = await Issue(mediatorId, issuedOn, validUntil, issuer);
        Ok(payload);
        return payload["certificate"]!["id"]!.GetValue<string>();
    }

    public Task<JsonNode> Change(string mutation, string certificateId, string on, string? reason = null, string? complaintId = null)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        object input = mutation == "reinstateCertificate" ? new { certificateId, on } : new { certificateId, on, reason, complaintId };
        return Mutate(mutation, inputType, $"certificate {{ {CertificateFields} }}", input);
    }

    public Task<JsonNode> Renew(string certificateId, string renewedOn, string validUntil) =>
        Mutate("renewCertificate", "RenewCertificateInput", $"certificate {{ {CertificateFields} }}", new { certificateId, renewedOn, validUntil });

    public async Task<string> Complaint(string mediatorId, string receivedOn, string region, string? outcome = null, string? resolvedOn = null)
    {
        var payload = await Mutate("recordComplaint", "RecordComplaintInput", "complaint { id }",
            new { mediatorId, receivedOn, summary = "当事人投诉调解员态度", receivingRegionCode = region });
        Ok(payload);
        var id = payload["complaint"]!["id"]!.GetValue<string>();
        if (outcome is not null)
            Ok(await Mutate("resolveComplaint", "ResolveComplaintInput", "complaint { id outcome }", new { complaintId = id, outcome, resolvedOn }));
        return id;
    }

    public async Task Assess(string mediatorId, string level, string assessedOn, string region) =>
        Ok(await Mutate("recordGradeAssessment", "RecordGradeAssessmentInput", "gradeAssessment { level }",
            new { mediatorId, level, assessedOn, basis = "评定决定", assessingRegionCode = region }));

    public Task<JsonNode> SetLadder(object input) =>
        Mutate("setGradeLadder", "SetGradeLadderInput", "policy { id regionCode effectiveFrom effectiveTo levels { name rank } }", input);

    public static void Ok(JsonNode payload) =>
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, $"Refused: {payload["userErrors"]!.ToJsonString()}");

    public static (string Field, string Code, string Message) Error(JsonNode payload)
    {
        var error = Assert.Single(payload["userErrors"]!.AsArray())!;
        return (TrainingScenario.Fields(error), error["code"]!.GetValue<string>(), error["message"]!.GetValue<string>());
    }
}
