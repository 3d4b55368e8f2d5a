using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Training;

public sealed class SetTrainingRequirementInputType : TypedInputType<SetTrainingRequirementInput>
{
    public SetTrainingRequirementInputType()
    {
        Name = "SetTrainingRequirementInput";
        Description = "Creates the requirement of regionCode starting effectiveFrom, or replaces the one that starts that day.";
        Field<NonNullGraphType<StringGraphType>>("regionCode");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("sourceDocument");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom");
        Field<CalendarDateGraphType>("effectiveTo");
        Field<FloatGraphType>("minHoursPerYear").Description("Null: not stated here (inherited).");
        Field<IntGraphType>("minPracticalSessionsPerYear").Description("Null: not stated here (inherited).");
        Field<FloatGraphType>("preServiceHours").Description("Null: not stated here (inherited).");
        Field<StringGraphType>("quote");
    }
}
