using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.BrandStudios;
using Registry.Domain.Committees;
using Registry.Domain.Disputes;
using Registry.Domain.Mediators;

namespace Registry.Api.BrandStudios;

public sealed class BrandStudioType : ObjectGraphType<BrandStudio>
{
    public BrandStudioType()
    {
        Name = "BrandStudio";
        Description = "A named brand studio (个人品牌调解工作室 / 特色调解室).";
        this.IsNode("BrandStudio");
        Field(s => s.Name);
        Field(s => s.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<BrandStudioKind>>));
        Field(s => s.RegionCode);
        Field<NonNullGraphType<CommitteeType>>("hostCommittee").Description("The committee or mediation centre hosting the studio.")
            .Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.HostCommitteeId));
        Field<MediatorType>("leadMediator").Description("The mediator a personal studio is named after.")
            .Resolve(ctx => ctx.Source.LeadMediatorId is { } id ? ctx.LoadById<Mediator>(id) : null);
        Field(s => s.NamingLevel, type: typeof(NonNullGraphType<EnumerationGraphType<NamingLevel>>));
        Field(s => s.NamedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DisputeCategory>>>>>("specialities")
            .Resolve(ctx => ctx.Source.Specialities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediatorType>>>>("members")
            .Description("Mediators working in the studio, the lead mediator included.")
            .Resolve(ctx => ctx.LoadGrouped("BrandStudio.Members", ctx.Source.Id,
                (db, ids) => db.Set<BrandStudioMember>().Where(m => ids.Contains(m.BrandStudioId))
                    .Join(db.Mediators, m => m.MediatorId, x => x.Id, (m, x) => new { m.BrandStudioId, Mediator = x })
                    .OrderBy(r => r.Mediator.Id)
                    .Select(r => new StudioMember(r.BrandStudioId, r.Mediator)),
                r => r.StudioId).Then(rows => rows.Select(r => r.Mediator)));
    }

    private sealed record StudioMember(long StudioId, Mediator Mediator);
}
