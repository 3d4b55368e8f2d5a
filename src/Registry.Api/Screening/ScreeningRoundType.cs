using Registry.Api.Committees;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Screening;

using Registry.Domain.Committees;

namespace Registry.Api.Screening;

public sealed class ScreeningRoundType : ObjectGraphType<ScreeningRound>
{
    public ScreeningRoundType()
    {
        Name = "ScreeningRound";
        Description = "A screening round (矛盾纠纷排查) a committee held on a day, with the risk items it found (none is a round too).";
        this.IsNode("ScreeningRound");
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(r => r.ScreenedOn);
        Field(r => r.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ScreeningKind>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskItemType>>>>("items")
            .Description("What the round found, at most 100.")
            .Resolve(ctx => ctx.LoadGrouped("ScreeningRound.Items", ctx.Source.Id,
                (db, ids) => db.RiskItems.AsNoTracking().Where(i => ids.Contains(i.RoundId)).OrderBy(i => i.Id), i => i.RoundId));
    }
}
