using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningComplianceReportType : ObjectGraphType<ScreeningComplianceReport>
{
    public ScreeningComplianceReportType()
    {
        Name = "ScreeningComplianceReport";
        Description = "For every unit of a region that owes screening rounds, the periods it owed between from and to and those with a round. " +
                      "Only whole periods inside both the span and the governing policy's effective period are owed.";
        Field(r => r.RegionCode);
        Field(r => r.From);
        Field(r => r.To);
        ScreeningRegionComplianceType.CountFields.Add(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreeningRegionComplianceType>>>>("byRegion")
            .Description("One row per direct child region, by code.").Resolve(ctx => ctx.Source.ByRegion);
        Field<NonNullGraphType<ConnectionType<MissedRoundType, MissedRoundRow>>>("missed")
            .Description("Each unit and period without a round, by committee then period.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var request = PageRequest.From(ctx);
                var rows = request.First == 0 ? [] : await ctx.Source.MissedAsync(request.After, request.First + 1, ctx.CancellationToken);
                var hasNext = rows.Count > request.First;
                if (hasNext) rows.RemoveAt(rows.Count - 1);
                var missed = ctx.Source.Totals.MissedRounds;
                return new Page<MissedRoundRow>(rows, rows.Select(r => PageRequest.EncodeCursor(r.Key)).ToList(), hasNext,
                    request.After is not null, _ => Task.FromResult(missed));
            });
    }
}
