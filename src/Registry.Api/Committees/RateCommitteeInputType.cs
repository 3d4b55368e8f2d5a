using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Committees;

public sealed class RateCommitteeInputType : TypedInputType<RateCommitteeInput>
{
    public RateCommitteeInputType()
    {
        Name = "RateCommitteeInput";
        Field<NonNullGraphType<IdGraphType>>("committeeId");
        Field<NonNullGraphType<IntGraphType>>("stars").Description("1–5.");
        Field<NonNullGraphType<CalendarDateGraphType>>("assessedOn");
        Field<NonNullGraphType<StringGraphType>>("basis").Description("What the rating rests on (评定依据).");
        Field<StringGraphType>("assessingRegionCode").Description("The assessing bureau's region; defaults to your jurisdiction.");
    }
}
