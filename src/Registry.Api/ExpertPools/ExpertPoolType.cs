using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class ExpertPoolType : ObjectGraphType<ExpertPool>
{
    public ExpertPoolType()
    {
        Name = "ExpertPool";
        Description = "An expert pool (调解专家库) of a prefecture or county.";
        this.IsNode("ExpertPool");
        Field(p => p.Name);
        Field(p => p.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(p => p.EstablishedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertType>>>>("experts")
            .Description("Experts whose term covers asOf (default today); all of them with includeFormer.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Argument<BooleanGraphType>("includeFormer", a => a.DefaultValue = false)
            .Resolve(ctx =>
            {
                var asOf = ctx.AsOf();
                var includeFormer = ctx.GetArgument<bool>("includeFormer");
                return ctx.LoadGrouped($"ExpertPool.Experts.{asOf:yyyyMMdd}.{includeFormer}", ctx.Source.Id, (db, ids) =>
                    {
                        var query = db.Experts.Where(e => ids.Contains(e.ExpertPoolId));
                        if (!includeFormer) query = query.Where(e => e.TermStart <= asOf && (e.TermEnd == null || e.TermEnd >= asOf));
                        return query.OrderBy(e => e.Id);
                    },
                    e => e.ExpertPoolId);
            });
    }
}
