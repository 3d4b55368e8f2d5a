using System.Text.Json.Nodes;
using Npgsql;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// The seeds give subsidy policies to Shenzhen (4403) and Shaanxi (61) only, so on the generated data every line of a
/// Hebei statement was NO_POLICY: the statement priced nothing, and its figures measured the cheapest path. Before
/// measuring, the harness sets Hebei a policy through the API (Shaanxi's rates, the lead's 60%, grade coefficients and a
/// monthly cap, so that coefficients and the cap are worked out too), from 2024, unless the province has one already.
/// </summary>
public static class SubsidyPolicySetup
{
    public static Task EnsureAsync(NpgsqlDataSource database, GraphQLClient api, string province) =>
        PolicySetup.EnsureAsync(database, api, "subsidy_policies", province, "setSubsidyPolicy", new JsonObject
        {
            ["title"] = "基准测试：人民调解“以案定补”标准",
            ["effectiveFrom"] = "2024-01-01",
            ["rates"] = new JsonArray(
                Rate("SIMPLE", "ORAL", 5000), Rate("SIMPLE", "WRITTEN", 8000), Rate("ORDINARY", "ORAL", 5000), Rate("ORDINARY", "WRITTEN", 8000),
                Rate("COMPLEX", "ORAL", 5000), Rate("COMPLEX", "WRITTEN", 50000), Rate("MAJOR", "ORAL", 5000), Rate("MAJOR", "WRITTEN", 50000)),
            ["gradeCoefficients"] = new JsonArray(Coefficient("四级", 1100), Coefficient("三级", 1200), Coefficient("二级", 1300), Coefficient("一级", 1500)),
            ["leadSharePercent"] = 60,
            ["monthlyCapFen"] = 100_000,
            ["followUpRequiredFrom"] = "COMPLEX",
        });

    private static JsonObject Rate(string difficulty, string agreement, long fen) =>
        new() { ["difficulty"] = difficulty, ["agreement"] = agreement, ["amountFen"] = fen };

    private static JsonObject Coefficient(string level, int permille) => new() { ["levelName"] = level, ["permille"] = permille };
}
