using Registry.Api.Committees;
using Registry.Api.Schema.Loading;
using Registry.Data.Reports.Screening;

using Registry.Domain.Committees;

namespace Registry.Api.Screening;

public sealed class MissedRoundType : ObjectGraphType<MissedRoundRow>
{
    public MissedRoundType()
    {
        Name = "MissedRound";
        Description = "A period a unit owed a round in, and held none.";
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(m => m.PeriodStart);
        Field(m => m.PeriodEnd);
    }
}
