using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Data.Querying;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CommitteeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<CommitteeType, Committee>>>("committees").Public()
            .Description("Committees in a region's whole subtree, by kind and name; dissolved ones only when asked.")
            .Argument<StringGraphType>("regionCode", "Region code; covers the whole subtree. Omit for everywhere.")
            .Argument<ListGraphType<NonNullGraphType<CommitteeKindType>>>("kinds")
            .Argument<StringGraphType>("search", "Part of the committee's name.")
            .Argument<BooleanGraphType>("includeDissolved", "Include committees dissolved before today.", a => a.DefaultValue = false)
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var regionCode = await ctx.RegionArgumentAsync();
                var filter = new CommitteeFilter(db.Provider, regionCode, ctx.GetArgument<List<CommitteeKind>?>("kinds"),
                    ctx.GetArgument<string?>("search"), ctx.GetArgument<bool>("includeDissolved"), ctx.Today());
                if (filter.IsEveryExisting) return await ExistingCommittees.PageAsync(db, filter.Today, PageRequest.From(ctx), ctx.CancellationToken);
                var committees = filter.Apply(db.Committees);
                return filter.IsSearched
                    ? await committees.ToSearchedPageAsync(ids => db.Committees.Where(c => ids.Contains(c.Id)), PageRequest.From(ctx), ctx.CancellationToken)
                    : await committees.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
}
