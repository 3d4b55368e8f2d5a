using System.Text.Json.Nodes;
using Npgsql;
using Registry.Domain.Regions;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// What the operations ask about on a generated province: the province, its county with the most committees, the
/// generated year's last day (<see cref="AsOf"/>), the service's today, the spans of the case, subsidy, training and
/// screening reports, a committee for <c>node</c> and the commonest mediator name for search. Read from the database
/// (and the training minimums from the API), so every run on the same seed asks the same.
/// </summary>
public sealed record HarnessScope(string Province, string County, DateOnly AsOf, DateOnly Today, int TrainingYear,
    int TrainingMinutes, int TrainingPracticalSessions, long NodeCommitteeId, string SearchName)
{
    public DateOnly CasesFrom => AsOf.AddDays(-364);
    public DateOnly QuarterFrom => new(AsOf.Year, 7, 1);
    public DateOnly QuarterTo => new(AsOf.Year, 9, 30);
    public DateOnly ScreeningFrom => new(AsOf.Year, 1, 1);
    public DateOnly ScreeningTo => new(AsOf.Year, 6, 30);
    public DateOnly TrainingReferenceDate => new(TrainingYear, 12, 31);

    public static async Task<HarnessScope> ReadAsync(NpgsqlDataSource database, GraphQLClient api, string province, DateOnly asOf, DateOnly today)
    {
        var (lo, hi) = Bounds(province);
        var county = await ScalarAsync<string>(database,
            "SELECT substr(region_code, 1, 6) FROM committees WHERE region_code >= @lo AND region_code < @hi GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
            ("lo", lo), ("hi", hi));
        var committee = await ScalarAsync<long>(database,
            "SELECT id FROM committees WHERE region_code >= @lo AND region_code < @hi ORDER BY id OFFSET 1000 LIMIT 1", ("lo", lo), ("hi", hi));
        var name = await ScalarAsync<string>(database, "SELECT name FROM mediators GROUP BY name ORDER BY count(*) DESC, name LIMIT 1");
        var year = asOf.Year - 1;
        // The country has no requirement of its own (a policy belongs to a region): each region's governs there, so the
        // national training figures are compared for the mediators counted only (ListOperations.ProvinceAndNation).
        if (province == RegionCode.Nation) return new HarnessScope(province, county, asOf, today, year, 0, 0, committee, name);
        await TrainingRequirementSetup.EnsureAsync(database, api, province);
        await ScreeningPolicySetup.EnsureAsync(database, api, province);
        await SubsidyPolicySetup.EnsureAsync(database, api, province);
        var requirement = (await api.DataAsync(
            "query($r: String!, $d: Date) { governingTrainingRequirement(regionCode: $r, asOf: $d) { minHoursPerYear minPracticalSessionsPerYear } }",
            new JsonObject { ["r"] = province, ["d"] = $"{year}-12-31" }))["governingTrainingRequirement"]!;
        return new HarnessScope(province, county, asOf, today, year, (int)Math.Ceiling(requirement["minHoursPerYear"]!.GetValue<double>() * 60),
            requirement["minPracticalSessionsPerYear"]!.GetValue<int>(), committee, name);
    }

    /// <summary>A region's subtree as a code range; <c>CN</c> is every code (digits sort below letters in C order).</summary>
    public static (string Lo, string Hi) Bounds(string region) => region == "CN" ? ("0", ":") : (region, RegionCode.UpperBound(region));

    /// <summary>The length of a region's direct children's codes.</summary>
    public static int ChildLength(string region) => region switch { "CN" => 2, { Length: 2 } => 4, { Length: 4 } => 6, { Length: 6 } => 9, _ => 12 };

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var (parameterName, value) in parameters) command.Parameters.AddWithValue(parameterName, value);
        return (T)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No row for: {sql}"));
    }
}
