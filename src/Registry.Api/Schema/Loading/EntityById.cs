namespace Registry.Api.Schema.Loading;

/// <summary>The compiled look-ups of one entity type by primary key: one row for <c>node</c>, many for the loaders.</summary>
public static class EntityById<T> where T : Entity
{
    private static readonly CompiledPerModel<Func<RegistryDbContext, long, CancellationToken, Task<T?>>> One = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, long id, CancellationToken ct) => db.Set<T>().FirstOrDefault(x => x.Id == id)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, long[], IAsyncEnumerable<T>>> Many = new(() =>
        EF.CompileAsyncQuery((RegistryDbContext db, long[] ids) => db.Set<T>().Where(x => ids.Contains(x.Id))));

    /// <summary>The row, tracked or not as the context's <c>QueryTrackingBehavior</c> says.</summary>
    public static Task<T?> FindAsync(RegistryDbContext db, long id, CancellationToken ct) => One.For(db)(db, id, ct);

    public static async Task<IDictionary<long, T>> FindManyAsync(RegistryDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var rows = new Dictionary<long, T>(ids.Count);
        await foreach (var row in Many.For(db)(db, [.. ids]).WithCancellation(ct)) rows[row.Id] = row;
        return rows;
    }
}
