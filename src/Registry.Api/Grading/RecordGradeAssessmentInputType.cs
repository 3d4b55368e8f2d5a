using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Grading;

public sealed class RecordGradeAssessmentInputType : TypedInputType<RecordGradeAssessmentInput>
{
    public RecordGradeAssessmentInputType()
    {
        Name = "RecordGradeAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("mediatorId");
        Field<NonNullGraphType<StringGraphType>>("level").Description("The level's name (or code) on the ladder in force for the assessing region that day.");
        Field<NonNullGraphType<CalendarDateGraphType>>("assessedOn");
        Field<NonNullGraphType<StringGraphType>>("basis").Description("What the assessment rests on (评定依据).");
        Field<StringGraphType>("assessingRegionCode").Description("The assessing bureau's region; defaults to your jurisdiction.");
    }
}
