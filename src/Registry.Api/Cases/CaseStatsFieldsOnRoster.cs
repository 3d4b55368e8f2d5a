using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Domain.Access;
using Registry.Api.Schema.Errors;
using Registry.Data.Reports.Cases;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;

namespace Registry.Api.Cases;

/// <summary>
/// <c>Committee.caseStats</c> and <c>Mediator.caseStats</c>: one GROUP BY per page of committees or mediators (batched
/// by period), not one query per row.
/// </summary>
public static class CaseStatsFieldsOnRoster
{
    public static void AddCaseStats(this ObjectGraphType<Committee> type) =>
        type.Field<NonNullGraphType<CaseStatsType>>("caseStats").Requires(Permission.ReadReports)
            .Description("Cases the committee closed in [from, to]; FORBIDDEN outside your jurisdiction. " + CaseStatsFields.Definition)
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .Resolve(ctx =>
            {
                ctx.Caller().RequireReports(ctx.Source.RegionCode);
                var (from, to) = ctx.Period();
                var db = ctx.Db();
                return ctx.Loaders().Get<long, CaseCounts>($"Committee.CaseStats:{from}:{to}", async (ids, ct) =>
                        await CaseReportQueries.CommitteeCountsAsync(db, ids, from, to, ct))
                    .Load(ctx.Source.Id).Then(c => c ?? CaseCounts.None);
            });

    public static void AddCaseStats(this ObjectGraphType<Mediator> type) =>
        type.Field<NonNullGraphType<MediatorCaseStatsType>>("caseStats").Requires(Permission.ReadReports)
            .Description("Cases the mediator led and closed in [from, to], and how many they co-mediated; FORBIDDEN unless your jurisdiction covers the mediator. " + CaseStatsFields.Definition)
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .Resolve(ctx =>
            {
                var (from, to) = ctx.Period();
                var db = ctx.Db();
                return Mediators.MediatorJurisdiction.RequireCovered(ctx, ctx.Loaders().Get<long, MediatorCaseCounts>($"Mediator.CaseStats:{from}:{to}", async (ids, ct) =>
                    {
                        var lead = await CaseReportQueries.LeadCountsAsync(db, ids, from, to, ct);
                        var co = await CaseReportQueries.CoMediatedCountsAsync(db, ids, from, to, ct);
                        return ids.ToDictionary(id => id, id => new MediatorCaseCounts(lead.GetValueOrDefault(id) ?? CaseCounts.None, co.GetValueOrDefault(id)));
                    })
                    .Load(ctx.Source.Id).Then(c => c ?? new MediatorCaseCounts(CaseCounts.None, 0)));
            });

    /// <summary>The <c>from</c> and <c>to</c> arguments, checked: from must not be after to.</summary>
    public static (DateOnly From, DateOnly To) Period(this IResolveFieldContext ctx)
    {
        var from = ctx.GetArgument<DateOnly>("from");
        var to = ctx.GetArgument<DateOnly>("to");
        if (to < from) throw new InputError("to", ErrorCodes.OutOfRange, "to must not be before from.");
        return (from, to);
    }
}
