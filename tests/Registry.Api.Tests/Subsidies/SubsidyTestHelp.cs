using System.Text.Json.Nodes;

namespace Registry.Api.Tests.Subsidies;

public static class SubsidyTestHelp
{
    public static void Ok(JsonNode payload) =>
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, $"Refused: {payload["userErrors"]!.ToJsonString()}");

    public static List<(string Field, string Code)> Errors(JsonNode payload) =>
        payload["userErrors"]!.AsArray().Select(e => (string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>())), e["code"]!.GetValue<string>())).ToList();

    /// <summary>Lines keyed "case/mediator" → (amount, reason).</summary>
    public static Dictionary<string, (long Amount, string Reason)> Lines(JsonNode connection) =>
        connection["nodes"]!.AsArray().ToDictionary(
            l => $"{l!["externalNumber"]!.GetValue<string>()}/{l["mediator"]!["name"]!.GetValue<string>()}",
            l => (l!["amount"]!.GetValue<long>(), l["reason"]!.GetValue<string>()));

    public static long L(JsonNode node, string field) => node[field]!.GetValue<long>();
}
