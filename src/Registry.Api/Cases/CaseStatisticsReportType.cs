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

public sealed class CategoryCaseStatsType : ObjectGraphType<CategoryCaseCounts>
{
    public CategoryCaseStatsType()
    {
        Name = "CategoryCaseStats";
        Field(r => r.Category, type: typeof(NonNullGraphType<EnumerationGraphType<DisputeCategory>>));
        Field<NonNullGraphType<CaseStatsType>>("stats").Resolve(ctx => ctx.Source.Stats);
    }
}

public sealed class RegionCaseStatsType : ObjectGraphType<RegionCaseCounts>
{
    public RegionCaseStatsType()
    {
        Name = "RegionCaseStats";
        Field(r => r.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field<NonNullGraphType<CaseStatsType>>("stats").Resolve(ctx => ctx.Source.Stats);
    }
}
