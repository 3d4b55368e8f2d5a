using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.BrandStudios;
using Registry.Domain.Commendations;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;

namespace Registry.Api.Complaints;

public sealed class CommendationType : ObjectGraphType<Commendation>
{
    public CommendationType()
    {
        Name = "Commendation";
        Description = "A commendation (表彰) of a mediator or of a committee.";
        this.IsNode("Commendation");
        Field<MediatorType>("mediator").Resolve(ctx => ctx.Source.MediatorId is { } id ? ctx.LoadById<Mediator>(id) : null);
        Field<CommitteeType>("committee").Resolve(ctx => ctx.Source.CommitteeId is { } id ? ctx.LoadById<Committee>(id) : null);
        Field(c => c.Title);
        Field<NonNullGraphType<EnumerationGraphType<NamingLevel>>>("level").Resolve(ctx => ctx.Source.Level);
        Field(c => c.AwardedOn);
        Field(c => c.AwardedBy);
        Field<NonNullGraphType<RegionType>>("awardingRegion").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
    }
}
