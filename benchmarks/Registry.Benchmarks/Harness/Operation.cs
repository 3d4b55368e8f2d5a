using System.Text.Json.Nodes;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// One key operation asked two ways: through <c>/graphql</c>, and by a hand-written SQL statement over the same tables.
/// <see cref="FromApi"/> picks named figures out of the GraphQL data; the statement's first row has a column of each
/// name, and every figure must agree. <see cref="SqlComputes"/> says what the statement computes, since for some
/// reports it is less than the whole answer.
/// </summary>
public sealed record Operation(string Name, string Query, JsonObject Variables, Func<JsonNode, Figures> FromApi, string Sql,
    IReadOnlyDictionary<string, object> Parameters, string SqlComputes);

/// <summary>Named figures of an answer, as invariant text so that counts and names compare alike.</summary>
public sealed class Figures : SortedDictionary<string, string>
{
    /// <summary>The figures at <paramref name="paths"/> (dotted, under the data), each named for its last segment.</summary>
    public static Figures At(JsonNode data, params string[] paths)
    {
        var figures = new Figures();
        foreach (var path in paths)
        {
            var node = path.Split('.').Aggregate((JsonNode?)data, (n, segment) => int.TryParse(segment, out var i) ? n?[i] : n?[segment])
                       ?? throw new InvalidOperationException($"The answer has nothing at {path}: {data.ToJsonString()[..Math.Min(400, data.ToJsonString().Length)]}");
            figures[ToSnakeCase(path.Split('.')[^1])] = node.ToString();
        }
        return figures;
    }

    public Figures With(string name, object value)
    {
        this[name] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        return this;
    }

    public override string ToString() => string.Join(", ", this.Select(f => $"{f.Key}={f.Value}"));

    /// <summary>committeeCount → committee_count, the SQL column's name.</summary>
    public static string ToSnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
