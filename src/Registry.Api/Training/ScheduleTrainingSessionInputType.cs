using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class ScheduleTrainingSessionInputType : TypedInputType<ScheduleTrainingSessionInput>
{
    public ScheduleTrainingSessionInputType()
    {
        Name = "ScheduleTrainingSessionInput";
        Field<NonNullGraphType<StringGraphType>>("organiserRegionCode").Description("The organising bureau's region: 2, 4, 6 or 9 digits.");
        Field<EnumerationGraphType<TrainingTier>>("tier").Description("Defaults to the organiser's level; if given it must match it.");
        Field<NonNullGraphType<EnumerationGraphType<TrainingForm>>>("form");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingTopicType>>>>("topics");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<CalendarDateGraphType>>("date");
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("More than 0, at most 24, in whole minutes (1.5 = 90 minutes).");
        Field<StringGraphType>("location");
        Field<BooleanGraphType>("isPractical").Description("Counts as 实训; defaults to true for PRACTICAL_DRILL and ON_SITE_OBSERVATION.");
    }
}
