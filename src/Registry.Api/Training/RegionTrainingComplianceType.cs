using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Training;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class RegionTrainingComplianceType : ObjectGraphType<RegionTrainingCompliance>
{
    public RegionTrainingComplianceType()
    {
        Name = "RegionTrainingCompliance";
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.Source.Region);
        Field<NonNullGraphType<StringGraphType>>("regionCode").Resolve(ctx => ctx.Source.Region.Code);
        Field(r => r.MediatorCount);
        Field(r => r.CompliantCount);
        Field<NonNullGraphType<IntGraphType>>("behindCount").Resolve(ctx => ctx.Source.MediatorCount - ctx.Source.CompliantCount);
    }
}
