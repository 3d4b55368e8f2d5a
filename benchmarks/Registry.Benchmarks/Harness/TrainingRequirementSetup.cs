using System.Text.Json.Nodes;
using Npgsql;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// The generator sets no training requirement for Hebei, so nobody there can fall short and trainingCompliance's
/// compliant count equals its mediator count. Before measuring, the harness sets one through the API (6 hours a year
/// from 2025, about the generated credits' lower quartile to median), unless the province has one already.
/// </summary>
public static class TrainingRequirementSetup
{
    public const double HoursPerYear = 6;

    public static async Task EnsureAsync(NpgsqlDataSource database, GraphQLClient api, string province)
    {
        await using var count = database.CreateCommand("SELECT count(*) FROM training_requirements WHERE region_code = @p");
        count.Parameters.AddWithValue("p", province);
        if ((long)(await count.ExecuteScalarAsync())! > 0) return;
        var payload = (await api.DataAsync(
            "mutation($input: SetTrainingRequirementInput!) { setTrainingRequirement(input: $input) { userErrors { message } } }",
            new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["regionCode"] = province,
                    ["title"] = "基准测试：每年培训不少于 6 学时",
                    ["sourceDocument"] = "Registry.Benchmarks harness (not a real document)",
                    ["effectiveFrom"] = "2025-01-01",
                    ["minHoursPerYear"] = HoursPerYear,
                },
            }))["setTrainingRequirement"]!;
        if (payload["userErrors"]!.AsArray().Count > 0) throw new InvalidOperationException($"setTrainingRequirement: {payload.ToJsonString()}");
    }
}
