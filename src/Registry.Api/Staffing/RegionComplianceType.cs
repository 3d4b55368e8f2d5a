using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

public sealed class RegionComplianceType : ObjectGraphType<RegionCompliance>
{
    public RegionComplianceType()
    {
        Name = "RegionCompliance";
        Description = "The report's counts for one direct child region.";
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(r => r.RegionCode);
        Field(r => r.Name);
        Field(r => r.CommitteeCount);
        Field(r => r.CompliantCount);
        Field(r => r.ShortfallCount);
        Field(r => r.ConditionalShortfallCount);
        Field(r => r.MediatorCount);
        Field(r => r.FullTimeMediatorCount);
        Field(r => r.FullTimeShare);
    }
}
