using Registry.Data.Reports.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyReasonCountType : ObjectGraphType<SubsidyReasonRow>
{
    public SubsidyReasonCountType()
    {
        Name = "SubsidyReasonCount";
        Field<NonNullGraphType<SubsidyReasonType>>("reason").Resolve(ctx => ctx.Source.Reason);
        Field(r => r.Lines);
        Field(r => r.Amount, type: typeof(NonNullGraphType<LongGraphType>));
    }
}
