using Registry.Api.Regions;
using Registry.Data.Reports.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class RegionSubsidyType : ObjectGraphType<SubsidyGroupRow>
{
    public RegionSubsidyType()
    {
        Name = "RegionSubsidy";
        Field<NonNullGraphType<StringGraphType>>("regionCode").Resolve(ctx => ctx.Source.Code);
        Field<RegionType>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.Code!));
        SubsidyTotalsType.AddTo(this, r => r.Totals);
    }
}
