using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RecordScreeningInputType : TypedInputType<RecordScreeningInput>
{
    public RecordScreeningInputType()
    {
        Name = "RecordScreeningInput";
        Field<NonNullGraphType<IdGraphType>>("committeeId").Description("The committee that held the round (a 司法所 records it for its township's committee).");
        Field(i => i.ScreenedOn, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(i => i.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ScreeningKind>>)).DefaultValue(ScreeningKind.Routine);
        Field(i => i.Items, type: typeof(ListGraphType<NonNullGraphType<RiskItemInputType>>))
            .Description("What the round found; empty or omitted for a round that found nothing (纠纷零上报).");
    }
}
