using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CommitteeStarRatingType : ObjectGraphType<CommitteeStarRating>
{
    public CommitteeStarRatingType()
    {
        Name = "CommitteeStarRating";
        Description = "One star assessment of a committee (评星定级).";
        this.IsNode("CommitteeStarRating");
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(r => r.Stars);
        Field(r => r.AssessedOn);
        Field(r => r.Basis);
        Field<NonNullGraphType<RegionType>>("assessingRegion").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
    }
}
