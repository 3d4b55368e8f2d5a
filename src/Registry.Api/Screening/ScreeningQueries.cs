using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Paging;
using Registry.Api.Schema.Scalars;
using Registry.Data.Querying;
using Registry.Data.Reports.Screening;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ScreeningComplianceReportType>>("screeningCompliance")
            .Description("Which units of a region held the screening rounds their cadence required between from and to (inclusive).")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true, nation: true))!;
                var (from, to) = Span(ctx);
                return await ScreeningCompliance.ComputeAsync(ctx.Db(), regionCode, from, to, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<RiskItemType, RiskItem>>>("riskLedger")
            .Description("The ledger (台账) of a region: risk items found in rounds, oldest first, with their age and overdue flag.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<RiskStatus>>>>("statuses", "Omit for every status.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<RiskLevel>>>>("levels", "Omit for every level.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.RegionArgumentAsync(required: true);
                var ledger = ctx.Db().Ledger(regionCode, ctx.GetArgument<List<RiskStatus>?>("statuses"), ctx.GetArgument<List<RiskLevel>?>("levels"));
                var request = PageRequest.From(ctx);
                var rows = request.First == 0 ? [] : await ledger.PageAsync(request.After, request.First + 1, ctx.CancellationToken);
                var hasNext = rows.Count > request.First;
                if (hasNext) rows.RemoveAt(rows.Count - 1);
                return new Page<RiskItem>(rows, rows.Select(r => PageRequest.EncodeCursor(RiskLedgerQueries.KeyOf(r))).ToList(), hasNext,
                    request.After is not null, token => ledger.CountAsync(token));
            });

        query.Field<NonNullGraphType<ConnectionType<ScreeningRoundType, ScreeningRound>>>("screeningRounds")
            .Description("Rounds held in a region between from and to, by id.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.RegionArgumentAsync(required: true);
                var (from, to) = Span(ctx);
                return await ctx.Db().ScreeningRounds.AsNoTracking().InRegion(regionCode)
                    .Where(r => r.ScreenedOn >= from && r.ScreenedOn <= to).ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<ScreeningPolicyType, ScreeningPolicy>>>("screeningPolicies")
            .Description("Screening policies of every period that bear on a region: its own, its ancestors' and those of regions inside it.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true))!;
                var ids = (await ctx.Db().RelevantScreeningPoliciesAsync(regionCode, ctx.CancellationToken)).Select(p => p.Id).ToList();
                return await ctx.Db().ScreeningPolicies.Where(p => ids.Contains(p.Id)).ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<InformantType, Informant>>>("informants")
            .Description("Information officers and volunteers (信息员, 志愿者) of a region's committees, by id.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<InformantRole>>>>("roles", "Omit for every role.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.RegionArgumentAsync(required: true);
                var roles = ctx.GetArgument<List<InformantRole>?>("roles");
                var informants = ctx.Db().Informants.AsNoTracking().InRegion(regionCode);
                if (roles is { Count: > 0 }) informants = informants.Where(i => roles.Contains(i.Role));
                return await informants.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
    }

    /// <summary>from and to, in order and at most <see cref="ScreeningSchedule.MaxDays"/> apart.</summary>
    private static (DateOnly From, DateOnly To) Span(IResolveFieldContext ctx)
    {
        var from = ctx.GetArgument<DateOnly>("from");
        var to = ctx.GetArgument<DateOnly>("to");
        if (to < from) throw new InputError("to", ErrorCodes.OutOfRange, "to must not be before from.");
        if (to.DayNumber - from.DayNumber >= ScreeningSchedule.MaxDays)
            throw new InputError("to", ErrorCodes.OutOfRange, $"A span covers at most {ScreeningSchedule.MaxDays} days; ask year by year.");
        return (from, to);
    }
}
