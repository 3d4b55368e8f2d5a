using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Paging;
using Registry.Api.Schema.Scalars;
using Registry.Data.Querying;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SubsidyStatementType>>("subsidyStatement")
            .Description("Per-case subsidies (以案定补) of a region's cases closed from `from` to `to` (inclusive, at most 366 days), every fen explained.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.ReportRegionArgumentAsync(required: true))!;
                var from = ctx.GetArgument<DateOnly>("from");
                var to = ctx.GetArgument<DateOnly>("to");
                if (to < from) throw new InputError("to", ErrorCodes.OutOfRange, "to must not be before from.");
                if (to.DayNumber - from.DayNumber >= SubsidyScope.MaxDays)
                    throw new InputError("to", ErrorCodes.OutOfRange, $"A statement covers at most {SubsidyScope.MaxDays} days.");
                return await SubsidyStatement.ForAsync(ctx.Db(), new SubsidyScope(regionCode, from, to), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<SubsidyClaimType, SubsidyClaim>>>("subsidyClaims")
            .Description("Claims of a region and the regions inside it, by id.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<ListGraphType<NonNullGraphType<ClaimStatusType>>>("statuses", "Omit for every status.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.ReportRegionArgumentAsync(required: true);
                var statuses = ctx.GetArgument<List<ClaimStatus>?>("statuses");
                var claims = ctx.Db().SubsidyClaims.AsNoTracking().InRegion(regionCode);
                if (statuses is { Count: > 0 }) claims = claims.Where(c => statuses.Contains(c.Status));
                return await claims.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<SubsidyPolicyType, SubsidyPolicy>>>("subsidyPolicies")
            .Description("Subsidy policies of every period that bear on a region: its own, its ancestors' and those of regions inside it.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true))!;
                var ids = (await ctx.Db().RelevantSubsidyPoliciesAsync(regionCode, ctx.CancellationToken)).Select(p => p.Id).ToList();
                return await ctx.Db().SubsidyPolicies.Where(p => ids.Contains(p.Id)).ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
    }
}
