using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace Registry.Api.Http;

/// <summary>
/// Parsed documents by query text, so that a client asking the same query again (every console page, every script
/// in a loop) is not parsed and walked again. Stands in for GraphQL.MemoryCache (not served here). A parsed
/// <see cref="GraphQLDocument"/> is read-only to the executer, so one instance serves every request. A document that
/// once passed validation and ran (<see cref="MarkValid"/>) passed GraphQL's own rules, which depend on the document and
/// the schema only, so they are not run on it again (<see cref="PassedCoreRules"/>); the registry's rules still run on
/// every request, because what a caller may select depends on who they are and what the variables hold.
/// </summary>
/// <remarks>
/// Bounded: at most <see cref="Capacity"/> documents of at most <see cref="MaxCachedQueryLength"/> characters. When it
/// is full it starts again empty rather than tracking recency: a flood of distinct queries then costs what it cost
/// without the cache, never more memory. Per process: each service instance keeps its own.
/// </remarks>
public sealed class ParsedDocuments
{
    public const int Capacity = 1_000;
    public const int MaxCachedQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, (GraphQLDocument Document, int Spreads)> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<GraphQLDocument, bool> _valid = new(ReferenceEqualityComparer.Instance);

    /// <summary>Documents held now (for tests and diagnostics).</summary>
    public int Count => _documents.Count;

    /// <summary>The parsed document and its fragment count, from the cache or parsed now; null when it does not parse.</summary>
    public (GraphQLDocument Document, int Spreads)? Parse(string query)
    {
        if (_documents.TryGetValue(query, out var cached)) return cached;
        var parsed = FragmentLimit.Count(query);
        if (parsed is { } found && query.Length <= MaxCachedQueryLength)
        {
            if (_documents.Count >= Capacity)
            {
                _documents.Clear();
                _valid.Clear();
            }
            _documents.TryAdd(query, found);
        }
        return parsed;
    }

    /// <summary>Whether this cached document passed GraphQL's own validation rules before.</summary>
    public bool PassedCoreRules(GraphQLDocument document) => _valid.ContainsKey(document);

    /// <summary>Records that a document passed every validation rule and ran; only documents held by the cache are kept.</summary>
    public void MarkValid(string query, GraphQLDocument document)
    {
        if (_documents.TryGetValue(query, out var cached) && ReferenceEquals(cached.Document, document)) _valid[document] = true;
    }
}
