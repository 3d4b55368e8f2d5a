using Registry.Api.Committees;
using Registry.Api.Schema.Loading;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Committees;

namespace Registry.Api.Subsidies;

public sealed class CommitteeSubsidyType : ObjectGraphType<SubsidyGroupRow>
{
    public CommitteeSubsidyType()
    {
        Name = "CommitteeSubsidy";
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.Key));
        SubsidyTotalsType.AddTo(this, r => r.Totals);
    }
}
