using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Domain.Appointments;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public sealed class MediatorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<MediatorType, Mediator>>>("mediators").Public()
            .Description("Mediators by name or ID number: those serving in a region's subtree on asOf (default today) when regionCode or employment is given, else every registered mediator, serving or not.")
            .Argument<StringGraphType>("regionCode", "Region code; covers the whole subtree. Omit for everywhere.")
            .Argument<StringGraphType>("search", "Part of the name, or a whole ID number.")
            .Argument<EnumerationGraphType<Employment>>("employment")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf", "The day whose appointments count (default today).")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var filter = new MediatorFilter(db, await ctx.RegionArgumentAsync(), ctx.GetArgument<string?>("search"),
                    ctx.GetArgument<Employment?>("employment"), ctx.AsOf());
                var mediators = filter.Apply(db.Mediators);
                return filter.IsSearched
                    ? await mediators.ToSearchedPageAsync(ids => db.Mediators.Where(m => ids.Contains(m.Id)), PageRequest.From(ctx), ctx.CancellationToken)
                    : await mediators.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
}
