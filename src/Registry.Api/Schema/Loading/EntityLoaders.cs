namespace Registry.Api.Schema.Loading;

/// <summary>Loaders by primary key and by foreign key, shared by every feature.</summary>
public static class EntityLoaders
{
    public static GraphQL.DataLoader.IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, long id) where T : Entity
    {
        var db = context.Db();
        return context.Loaders().Get<long, T>($"{typeof(T).Name}.ById", async (ids, ct) =>
            await db.Set<T>().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct)).Load(id);
    }

    /// <summary>Loads, for many parents at once, the children whose <paramref name="parentKey"/> matches.</summary>
    public static GraphQL.DataLoader.IDataLoaderResult<List<T>?> LoadChildren<T>(this IResolveFieldContext context, string name,
        long parentId, Func<IQueryable<T>, IReadOnlyCollection<long>, IQueryable<T>> filter, Func<T, long> parentKey)
        where T : class
    {
        var db = context.Db();
        return context.Loaders().Get<long, List<T>>(name, async (ids, ct) =>
        {
            var rows = await filter(db.Set<T>(), ids).ToListAsync(ct);
            return rows.GroupBy(parentKey).ToDictionary(g => g.Key, g => g.ToList());
        }).Load(parentId);
    }
}
