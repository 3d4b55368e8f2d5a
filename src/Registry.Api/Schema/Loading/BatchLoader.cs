using GraphQL.DataLoader;

namespace Registry.Api.Schema.Loading;

/// <summary>
/// Collects the keys a query level asks for and fetches them in one database command when the engine first
/// needs a value, so a page of 100 committees loads their appointments with one <c>WHERE … IN (…)</c>, not 100.
/// One instance lives for one request; queries run serially, so no locking is needed.
/// Stands in for GraphQL.DataLoader's BatchDataLoader (not served here); it uses core's IDataLoaderResult.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private HashSet<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key)) pending.Add(key);
        return new Result(this, key);
    }

    /// <summary>Records a value fetched by another statement (a join), so asking for its key later sends none.</summary>
    public void Prime(TKey key, TValue value)
    {
        if (loaded.TryAdd(key, value)) pending.Remove(key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (pending.Count > 0 && !loaded.ContainsKey(key))
        {
            var keys = pending;
            pending = [];
            var values = await fetch(keys, ct);
            foreach (var k in keys) loaded[k] = values.TryGetValue(k, out var v) ? v : default;
        }
        return loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
