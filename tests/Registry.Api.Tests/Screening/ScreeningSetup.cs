using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Screening;

/// <summary>Records rounds and reads the compliance report through the public API, as a bureau would.</summary>
public sealed class ScreeningSetup(RegistryApp app)
{
    public const string Record = """
        mutation($input: RecordScreeningInput!) {
          recordScreening(input: $input) { screening { id screenedOn kind items { id status } } userErrors { field code message } }
        }
        """;

    public const string Report = """
        query($region: String!, $from: Date!, $to: Date!) {
          screeningCompliance(regionCode: $region, from: $from, to: $to) {
            unitCount compliantCount requiredRounds recordedRounds villageCount villagesWithInformationOfficer
            byRegion { regionCode unitCount compliantCount requiredRounds recordedRounds }
            missed(first: 50) { totalCount nodes { committee { id } periodStart periodEnd } }
          }
        }
        """;

    public async Task<JsonNode> RecordAsync(string committeeId, string screenedOn, string kind = "ROUTINE", object[]? items = null) =>
        (await app.Data(Record, new { input = new { committeeId, screenedOn, kind, items = items ?? [] } }))["recordScreening"]!;

    public async Task RoundsAsync(string committeeId, params string[] days)
    {
        foreach (var day in days)
        {
            var payload = await RecordAsync(committeeId, day);
            Assert.True(payload["userErrors"]!.AsArray().Count == 0, $"Refused: {payload["userErrors"]!.ToJsonString()}");
        }
    }

    public async Task<JsonNode> ReportAsync(string region, string from, string to) =>
        (await app.Data(Report, new { region, from, to }))["screeningCompliance"]!;

    public static (int Units, int Compliant, int Required, int Recorded) Counts(JsonNode report) =>
        (report["unitCount"]!.GetValue<int>(), report["compliantCount"]!.GetValue<int>(),
            report["requiredRounds"]!.GetValue<int>(), report["recordedRounds"]!.GetValue<int>());

    public static List<(string, string)> Missed(JsonNode report) =>
        report["missed"]!["nodes"]!.AsArray().Select(m => (m!["periodStart"]!.GetValue<string>(), m["periodEnd"]!.GetValue<string>())).ToList();
}
