using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Data.Querying;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class ExpertPoolQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ExpertPoolType, ExpertPool>>>("expertPools").Public()
            .Description("Expert pools in a region's subtree.")
            .Argument<StringGraphType>("regionCode", "Region code; covers the whole subtree. Omit for everywhere.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.RegionArgumentAsync();
                return await ctx.Db().ExpertPools.InRegion(regionCode).ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
}
