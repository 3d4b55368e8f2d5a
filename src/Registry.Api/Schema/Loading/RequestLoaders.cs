namespace Registry.Api.Schema.Loading;

/// <summary>
/// The batch loaders of one request, created on first use and keyed by name.
/// Stands in for GraphQL.DataLoader's DataLoaderContext (not served here).
/// </summary>
public sealed class RequestLoaders
{
    private readonly Dictionary<string, object> loaders = [];

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch) where TKey : notnull
    {
        if (!loaders.TryGetValue(name, out var loader)) loaders[name] = loader = new BatchLoader<TKey, TValue>(fetch);
        return (BatchLoader<TKey, TValue>)loader;
    }
}
