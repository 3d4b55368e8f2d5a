using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>Every field but the ID is optional: an omitted field keeps its value.</summary>
public sealed class UpdateTrainingSessionInputType : TypedInputType<UpdateTrainingSessionInput>
{
    public UpdateTrainingSessionInputType()
    {
        Name = "UpdateTrainingSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<StringGraphType>("organiserRegionCode").Description("Only while no attendance is recorded.");
        Field<EnumerationGraphType<TrainingTier>>("tier");
        Field<EnumerationGraphType<TrainingForm>>("form");
        Field<ListGraphType<NonNullGraphType<TrainingTopicType>>>("topics");
        Field<StringGraphType>("title");
        Field<CalendarDateGraphType>("date").Description("Only while no attendance is recorded.");
        Field<FloatGraphType>("hours").Description("Not below the hours already credited to an attendee.");
        Field<StringGraphType>("location");
        Field<BooleanGraphType>("isPractical");
    }
}
