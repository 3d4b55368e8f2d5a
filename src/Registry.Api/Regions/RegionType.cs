using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Regions;

namespace Registry.Api.Regions;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "An administrative division (行政区划) by statistical code; queries on a region cover its whole subtree.";
        Interface<NodeInterface>();
        NodeTypes.Register("Region", typeof(Region), async (db, code, ct) => await db.Regions.FirstOrDefaultAsync(r => r.Code == code, ct));
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Region", ctx.Source.Code));
        Field(r => r.Code).Description("Statistical code: 2, 4, 6, 9 or 12 digits.");
        Field(r => r.Name);
        Field(r => r.Level, type: typeof(NonNullGraphType<EnumerationGraphType<RegionLevel>>));
        Field<RegionType>("parent").Resolve(ctx => ctx.Source.ParentCode is { } parent ? ctx.LoadRegion(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("children")
            .Description("The divisions directly below, by code.")
            .Resolve(ctx => ctx.LoadGrouped("Region.Children", ctx.Source.Code,
                (db, codes) => db.Regions.Where(r => r.ParentCode != null && codes.Contains(r.ParentCode)).OrderBy(r => r.Code),
                r => r.ParentCode!));
    }
}
