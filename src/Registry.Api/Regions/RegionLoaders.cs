using GraphQL.DataLoader;
using Registry.Api.Schema;
using Registry.Domain.Regions;

namespace Registry.Api.Regions;

public static class RegionLoaders
{
    public static IDataLoaderResult<Region?> LoadRegion(this IResolveFieldContext context, string code)
    {
        var db = context.Db();
        return context.Loaders().Get<string, Region>("Region.ByCode", async (codes, ct) =>
            await db.Regions.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct)).Load(code);
    }
}
