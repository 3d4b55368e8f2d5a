namespace Registry.Api.Schema.Loading;

/// <summary>Loaders by primary key and by foreign key, shared by every feature.</summary>
public static class EntityLoaders
{
    public static GraphQL.DataLoader.IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, long id) where T : Entity =>
        ById<T>(context).Load(id);

    /// <summary>Hands rows read by a join to <see cref="LoadById{T}"/>, which then reads none of them again.</summary>
    public static void PrimeById<T>(this IResolveFieldContext context, IEnumerable<T> rows) where T : Entity
    {
        var loader = ById<T>(context);
        foreach (var row in rows) loader.Prime(row.Id, row);
    }

    private static BatchLoader<long, T> ById<T>(IResolveFieldContext context) where T : Entity
    {
        var db = context.Db();
        return context.Loaders().Get<long, T>($"{typeof(T).Name}.ById", (ids, ct) => EntityById<T>.FindManyAsync(db, ids, ct));
    }

    /// <summary>
    /// Loads, for many parents at once, the rows <paramref name="query"/> returns for their keys, grouped by
    /// <paramref name="parentKey"/>; a parent with none gets an empty list. <paramref name="name"/> must be unique per
    /// query shape (include any argument the query depends on).
    /// </summary>
    public static GraphQL.DataLoader.IDataLoaderResult<List<T>> LoadGrouped<TKey, T>(this IResolveFieldContext context, string name, TKey key,
        Func<RegistryDbContext, IReadOnlyCollection<TKey>, IQueryable<T>> query, Func<T, TKey> parentKey) where TKey : notnull
    {
        var db = context.Db();
        return context.Loaders().Get<TKey, List<T>>(name, async (keys, ct) =>
            {
                var rows = await query(db, keys).ToListAsync(ct);
                return rows.GroupBy(parentKey).ToDictionary(g => g.Key, g => g.ToList());
            })
            .Load(key).Then(list => list ?? []);
    }
}
