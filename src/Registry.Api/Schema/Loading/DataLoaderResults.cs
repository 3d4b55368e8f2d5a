using GraphQL.DataLoader;

namespace Registry.Api.Schema.Loading;

/// <summary>
/// Maps a deferred loader result without awaiting it, so the engine can still batch.
/// Stands in for GraphQL.DataLoader's Then extension (not served here).
/// </summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(source, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
