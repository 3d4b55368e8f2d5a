using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyStatementType : ObjectGraphType<SubsidyStatement>
{
    public SubsidyStatementType()
    {
        Name = "SubsidyStatement";
        Description = "Per-case subsidies (以案定补) of a region's cases closed from `from` to `to`: one line per case and mediator with its " +
                      "share, amount and rule, or the reason it pays nothing. Money is whole fen; the one rounding rule: co-mediators' " +
                      "shares are floored to the fen and the lead takes the rest, so a case's shares sum to its amount; each line is " +
                      "share × grade coefficient × the mediator's percent rounded half up to the fen; the monthly cap (per mediator, " +
                      "calendar month of closing, in order of closing date and case, after lines already claimed) pays what is left. " +
                      "Every total is the exact sum of its lines.";
        Field(s => s.RegionCode);
        Field(s => s.From);
        Field(s => s.To);
        Field<NonNullGraphType<SubsidyTotalsType>>("totals").ResolveAsync(async ctx => await ctx.Source.TotalsAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubsidyReasonCountType>>>>("byReason")
            .Description("Lines and fen per reason.").ResolveAsync(async ctx => await ctx.Source.ByReasonAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ConnectionType<MediatorSubsidyType, SubsidyGroupRow>>>("byMediator")
            .Description("Per mediator, by id: amount before and after the monthly cap.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var request = PageRequest.From(ctx);
                var rows = request.First == 0 ? [] : await ctx.Source.ByMediatorAsync(request.After, request.First + 1, ctx.CancellationToken);
                return ToPage(rows, request, r => r.Key, Count(rows, r => r.Count, t => ctx.Source.ByMediatorAsync(null, 1, t)));
            });
        Field<NonNullGraphType<ConnectionType<CommitteeSubsidyType, SubsidyGroupRow>>>("byCommittee")
            .Description("Per committee, by id.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var request = PageRequest.From(ctx);
                var rows = request.First == 0 ? [] : await ctx.Source.ByCommitteeAsync(request.After, request.First + 1, ctx.CancellationToken);
                return ToPage(rows, request, r => r.Key, Count(rows, r => r.Count, t => ctx.Source.ByCommitteeAsync(null, 1, t)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionSubsidyType>>>>("byRegion")
            .Description("Per direct child region with lines, by code.").ResolveAsync(async ctx => await ctx.Source.ByRegionAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ConnectionType<SubsidyLineType, SubsidyLineRow>>>("lines")
            .Description("Lines by case, then the lead before co-mediators.")
            .Argument<BooleanGraphType>("payable", "true: lines paying more than 0; false: lines paying nothing; omit for all.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var request = PageRequest.From(ctx);
                var payable = ctx.GetArgument<bool?>("payable");
                var rows = request.First == 0 ? [] : await ctx.Source.LinesAsync(payable, request.After, request.First + 1, ctx.CancellationToken);
                return ToPage(rows, request, r => r.LineKey, Count(rows, r => r.Count, t => ctx.Source.LinesAsync(payable, null, 1, t)));
            });
    }

    /// <summary>The count the page's rows carry (COUNT(*) OVER ()), or one more statement when the page is empty.</summary>
    private static Func<CancellationToken, Task<int>> Count<T>(List<T> rows, Func<T, int> count, Func<CancellationToken, Task<List<T>>> first) =>
        async ct => rows.Count > 0 ? count(rows[0]) : (await first(ct)) is { Count: > 0 } any ? count(any[0]) : 0;

    public static Page<T> ToPage<T>(List<T> rows, PageRequest request, Func<T, long> key, Func<CancellationToken, Task<int>> count)
    {
        var hasNext = rows.Count > request.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, rows.Select(r => PageRequest.EncodeCursor(key(r))).ToList(), hasNext, request.After is not null, count);
    }
}
