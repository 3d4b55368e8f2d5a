using System.Text.Json.Nodes;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// One of the three small shapes clients ask most, written for each server in its own naming: the registry's
/// <c>committees</c> (existing committees, appointments in force) and PostGraphile's <c>allCommittees</c> (every row,
/// every appointment through the foreign key), both by primary key. A fourth, <c>{ __typename }</c>, reads nothing: what
/// is left of its cost is the server's per-request floor (HTTP, parsing, validation, authentication, serialisation).
/// </summary>
public sealed record LoadShape(string Name, string Query, Func<string, JsonObject?> Variables)
{
    public static IReadOnlyList<LoadShape> Registry { get; } =
    [
        new("page", "{ committees(first: 20) { totalCount nodes { id name kind regionCode } pageInfo { endCursor hasNextPage } } }", _ => null),
        new("nested page", "{ committees(first: 10) { nodes { id name appointments { role employment mediator { id name gender } } } } }", _ => null),
        new("node", "query($id: ID!) { node(id: $id) { id ... on Committee { name kind regionCode } } }", id => new JsonObject { ["id"] = id }),
        new("__typename", "{ __typename }", _ => null),
    ];

    public static IReadOnlyList<LoadShape> PostGraphile { get; } =
    [
        new("page", "{ allCommittees(first: 20, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { id name kind regionCode } pageInfo { endCursor hasNextPage } } }",
            _ => null),
        new("nested page", "{ allCommittees(first: 10, orderBy: PRIMARY_KEY_ASC) { nodes { id name appointmentsByCommitteeId { nodes { role employment " +
                           "mediatorByMediatorId { id name gender } } } } } }", _ => null),
        new("node", "query($id: ID!) { node(id: $id) { id ... on Committee { name kind regionCode } } }", id => new JsonObject { ["id"] = id }),
        new("__typename", "{ __typename }", _ => null),
    ];

    /// <summary>The first committee's ID on the server's own page, for <c>node</c>.</summary>
    public static async Task<string> FirstCommitteeIdAsync(GraphQLClient client, LoadShape page)
    {
        var data = await client.DataAsync(page.Query);
        return ((JsonObject)data).First().Value!["nodes"]![0]!["id"]!.GetValue<string>();
    }
}
