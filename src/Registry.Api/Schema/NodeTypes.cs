using System.Collections.Concurrent;
using Registry.Api.Schema.Loading;

namespace Registry.Api.Schema;

/// <summary>
/// Which type each global-ID type name stands for, and how to fetch one by the key its ID carries (null for a key of
/// the wrong form or one that names nothing); filled as the graph types are built.
/// </summary>
public static class NodeTypes
{
    private static readonly ConcurrentDictionary<string, NodeType> Types = new();

    /// <summary>An entity, keyed by its numeric <see cref="Entity.Id"/>.</summary>
    public static void Register<T>(string typeName) where T : Entity =>
        Register(typeName, typeof(T), async (db, key, ct) => long.TryParse(key, out var id) ? await EntityById<T>.FindAsync(db, id, ct) : null);

    public static void Register(string typeName, Type clrType, Func<RegistryDbContext, string, CancellationToken, Task<object?>> find) =>
        Types[typeName] = new NodeType(clrType, find);

    public static NodeType? Find(string typeName) => Types.GetValueOrDefault(typeName);
}

/// <summary>A type that is a <c>Node</c>, and its look-up by the key of its global ID.</summary>
public sealed record NodeType(Type ClrType, Func<RegistryDbContext, string, CancellationToken, Task<object?>> FindAsync);
