using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Committees;

public sealed class DissolveCommitteeInputType : TypedInputType<DissolveCommitteeInput>
{
    public DissolveCommitteeInputType()
    {
        Name = "DissolveCommitteeInput";
        Field<NonNullGraphType<IdGraphType>>("committeeId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gets a CONFLICT and changes nothing.");
        Field<NonNullGraphType<CalendarDateGraphType>>("dissolvedOn").Description("The last day the committee exists; its open appointments end that day.");
    }
}
