using Registry.Api.Regions;
using Registry.Api.Schema.Scalars;
using Registry.Data.Reports.Cases;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

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
