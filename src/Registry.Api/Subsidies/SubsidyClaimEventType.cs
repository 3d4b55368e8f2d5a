using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyClaimEventType : ObjectGraphType<SubsidyClaimEvent>
{
    public SubsidyClaimEventType()
    {
        Name = "SubsidyClaimEvent";
        Field(e => e.Sequence);
        Field<NonNullGraphType<ClaimStatusType>>("statusAfter").Resolve(ctx => ctx.Source.StatusAfter);
        Field(e => e.By).Description("The token subject of who acted.");
        Field(e => e.ByRole);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(ctx => DateTime.SpecifyKind(ctx.Source.At, DateTimeKind.Utc));
        Field(e => e.Note, nullable: true).Description("The rejection's reason or the payment's reference.");
    }
}
