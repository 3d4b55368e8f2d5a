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

    public static Task EnsureAsync(NpgsqlDataSource database, GraphQLClient api, string province) =>
        PolicySetup.EnsureAsync(database, api, "training_requirements", province, "setTrainingRequirement", new JsonObject
        {
            ["title"] = "基准测试：每年培训不少于 6 学时",
            ["effectiveFrom"] = "2025-01-01",
            ["minHoursPerYear"] = HoursPerYear,
        });
}
