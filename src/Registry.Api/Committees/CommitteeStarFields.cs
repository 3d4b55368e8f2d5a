using GraphQL.DataLoader;
using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Mutations;
using Registry.Api.Schema.Paging;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>A committee's stars, all derived from its star history (<see cref="CommitteeStarRating"/>), and rateCommittee.</summary>
public static class CommitteeStarFields
{
    public static void AddStarFields(this ObjectGraphType<Committee> committee)
    {
        committee.Field<IntGraphType>("starRating").Description("Current stars (评星定级), 1–5: the same as stars(asOf: today).")
            .Resolve(ctx =>
            {
                var today = ctx.Today();
                return ctx.RatingsOf(ctx.Source.Id).Then(list => CommitteeStarRating.On(list, today)?.Stars);
            });
        committee.Field<IntGraphType>("stars").Description("Stars on asOf (default today): the latest assessment on or before it; null when never rated.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx =>
            {
                var asOf = ctx.AsOf();
                return ctx.RatingsOf(ctx.Source.Id).Then(list => CommitteeStarRating.On(list, asOf)?.Stars);
            });
        committee.Field<NonNullGraphType<ConnectionType<CommitteeStarRatingType, CommitteeStarRating>>>("starHistory")
            .Description("Every star assessment, oldest first.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                return ctx.RatingsOf(ctx.Source.Id).Then(list => InMemoryPaging.ToPage(list, r => r.Id, page));
            });
    }

    private static IDataLoaderResult<List<CommitteeStarRating>> RatingsOf(this IResolveFieldContext context, long committeeId) =>
        context.LoadGrouped("CommitteeStarRating.ByCommittee", committeeId,
            (db, ids) => db.CommitteeStarRatings.AsNoTracking().Where(r => ids.Contains(r.CommitteeId)).OrderBy(r => r.Id), r => r.CommitteeId);
}

public sealed class CommitteeStarMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RateCommitteePayloadType>>("rateCommittee").Requires(Permission.ManageGrading)
            .Description("Adds a star assessment (1–5) to a committee's history.")
            .Argument<NonNullGraphType<RateCommitteeInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RateCommittee>(), ctx.Input<RateCommitteeInput>()));
}

public sealed class RateCommitteePayloadType() : PayloadType<CommitteeStarRatingType, CommitteeStarRating>("RateCommitteePayload", "starRating");
