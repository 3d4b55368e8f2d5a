using System.Text.Json.Nodes;
using Npgsql;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// The generator sets no screening policy for Hebei, so no unit there owes a round and screeningCompliance has nothing
/// to match against the rounds. Before measuring, the harness sets the screening benchmark's policy through the API
/// (villages weekly and daily in sensitive periods, townships monthly likewise, county centres quarterly, from 2024),
/// unless the province has one already.
/// </summary>
public static class ScreeningPolicySetup
{
    public static Task EnsureAsync(NpgsqlDataSource database, GraphQLClient api, string province) =>
        PolicySetup.EnsureAsync(database, api, "screening_policies", province, "setScreeningPolicy", new JsonObject
        {
            ["title"] = "基准测试：矛盾纠纷排查制度",
            ["effectiveFrom"] = "2024-01-01",
            ["rules"] = new JsonArray(
                new JsonObject { ["level"] = "VILLAGE", ["cadence"] = "WEEKLY", ["dailyInSensitivePeriods"] = true },
                new JsonObject { ["level"] = "TOWNSHIP", ["cadence"] = "MONTHLY", ["dailyInSensitivePeriods"] = true },
                new JsonObject { ["level"] = "COUNTY", ["cadence"] = "QUARTERLY" }),
        });
}
