using System.Text.Json.Nodes;
using Npgsql;

namespace Registry.Benchmarks.Harness;

/// <summary>Sets a policy for a region through the API's own mutation, unless the region has one in that table already.</summary>
public static class PolicySetup
{
    private const string SourceDocument = "Registry.Benchmarks harness (not a real document)";

    /// <param name="table">The policy table, asked whether the region has a row.</param>
    /// <param name="mutation">The mutation's name; its input type is its name with Set… capitalised and Input after it.</param>
    /// <param name="input">The policy's own fields; the region and a source document naming the harness are added.</param>
    public static async Task EnsureAsync(NpgsqlDataSource database, GraphQLClient api, string table, string region, string mutation, JsonObject input)
    {
        await using var count = database.CreateCommand($"SELECT count(*) FROM {table} WHERE region_code = @p");
        count.Parameters.AddWithValue("p", region);
        if ((long)(await count.ExecuteScalarAsync())! > 0) return;
        input["regionCode"] = region;
        input["sourceDocument"] = SourceDocument;
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var payload = (await api.DataAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ userErrors {{ message }} }} }}", new JsonObject { ["input"] = input }))[mutation]!;
        if (payload["userErrors"]!.AsArray().Count > 0) throw new InvalidOperationException($"{mutation}: {payload.ToJsonString()}");
    }
}
