using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Data.Querying;
using Registry.Domain.BrandStudios;

namespace Registry.Api.BrandStudios;

public sealed class BrandStudioQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<BrandStudioType, BrandStudio>>>("brandStudios").Public()
            .Description("Named brand studios in a region's subtree.")
            .Argument<StringGraphType>("regionCode", "Region code; covers the whole subtree. Omit for everywhere.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.RegionArgumentAsync();
                return await ctx.Db().BrandStudios.InRegion(regionCode).ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
}
