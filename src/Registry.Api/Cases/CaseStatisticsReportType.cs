using Registry.Api.Regions;
using Registry.Api.Schema.Scalars;
using Registry.Data.Reports.Cases;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

public sealed class CaseStatisticsReportType : ObjectGraphType<CaseStatisticsReport>
{
    public CaseStatisticsReportType()
    {
        Name = "CaseStatisticsReport";
        Description = "Case figures for a region's subtree. " + CaseStatsFields.Definition;
        Field(r => r.RegionCode);
        Field(r => r.From, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(r => r.To, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field<NonNullGraphType<CaseStatsType>>("totals").Resolve(ctx => ctx.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryCaseStatsType>>>>("byCategory")
            .Description("One row per category with cases, most cases first.").Resolve(ctx => ctx.Source.ByCategory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionCaseStatsType>>>>("byRegion")
            .Description("One row per direct child region (zeros included), by code.").Resolve(ctx => ctx.Source.ByRegion);
    }
}
