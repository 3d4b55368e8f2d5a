using System.Collections.Concurrent;

namespace Registry.Api.Schema;

/// <summary>Which entity each global-ID type name stands for; filled as the graph types are built.</summary>
public static class NodeTypes
{
    private static readonly ConcurrentDictionary<string, Type> Types = new();

    public static void Register<T>(string typeName) where T : class => Types[typeName] = typeof(T);

    public static Type? Find(string typeName) => Types.GetValueOrDefault(typeName);
}
