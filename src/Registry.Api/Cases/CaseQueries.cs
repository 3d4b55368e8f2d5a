using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Api.Schema.Scalars;
using Registry.Data.Querying;
using Registry.Data.Reports.Cases;
using Registry.Domain.Cases;

namespace Registry.Api.Cases;

public sealed class CaseQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<MediationCaseType, MediationCase>>>("cases")
            .Description("Cases of committees in a region's subtree, optionally by platform and external number or received in [from, to].")
            .Argument<StringGraphType>("regionCode", "Region code inside your jurisdiction; covers the whole subtree. Omit for your whole jurisdiction.")
            .Argument<StringGraphType>("sourcePlatform")
            .Argument<StringGraphType>("externalNumber", "With sourcePlatform: the one case with that number.")
            .Argument<CalendarDateGraphType>("receivedFrom")
            .Argument<CalendarDateGraphType>("receivedTo")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var region = await ctx.ReportRegionArgumentAsync();
                IQueryable<MediationCase> cases = db.Cases;
                if (region is not null)
                    cases = from c in cases join m in db.Committees.InRegion(region) on c.CommitteeId equals m.Id select c;
                if (ctx.GetArgument<string?>("sourcePlatform") is { } platform) cases = cases.Where(c => c.SourcePlatform == platform);
                if (ctx.GetArgument<string?>("externalNumber") is { } number) cases = cases.Where(c => c.ExternalNumber == number);
                if (ctx.GetArgument<DateOnly?>("receivedFrom") is { } from) cases = cases.Where(c => c.ReceivedOn >= from);
                if (ctx.GetArgument<DateOnly?>("receivedTo") is { } to) cases = cases.Where(c => c.ReceivedOn <= to);
                return await cases.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<CaseStatisticsReportType>>("caseStatistics")
            .Description("Case figures for a region's subtree: totals, by category and by direct child region. " + CaseStatsFields.Definition)
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .ResolveAsync(async ctx =>
            {
                var region = (await ctx.ReportRegionArgumentAsync(required: true))!;
                var (from, to) = ctx.Period();
                return await CaseStatistics.ComputeAsync(ctx.Db(), region, from, to, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<PossibleDuplicateType, PossibleDuplicate>>>("possibleDuplicateCases")
            .Description("Pairs of cases with the same set of parties (compared by keyed hash) and category, received within 90 days of each " +
                         "other, in different committees, both in the region's subtree and at least one received within [from, to]. Ordered by the pair's case IDs.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var region = (await ctx.ReportRegionArgumentAsync(required: true))!;
                var (from, to) = ctx.Period();
                var first = ctx.GetArgument<int?>("first") ?? PageRequest.DefaultSize;
                if (first is < 0 or > PageRequest.MaxSize)
                    throw new Schema.Errors.InputError("first", ErrorCodes.OutOfRange, $"first must be between 0 and {PageRequest.MaxSize}.");
                return await PossibleDuplicates.PageAsync(PossibleDuplicates.Find(ctx.Db(), region, from, to), first,
                    ctx.GetArgument<string?>("after"), ctx.CancellationToken);
            });
    }
}
