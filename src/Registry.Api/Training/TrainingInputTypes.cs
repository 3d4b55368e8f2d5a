using Registry.Api.Schema.Scalars;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class ScheduleTrainingSessionInputType : InputObjectGraphType
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

/// <summary>Every field but the ID is optional: an omitted field keeps its value.</summary>
public sealed class UpdateTrainingSessionInputType : InputObjectGraphType
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

public sealed class CancelTrainingSessionInputType : InputObjectGraphType
{
    public CancelTrainingSessionInputType()
    {
        Name = "CancelTrainingSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<StringGraphType>("reason");
    }
}

public sealed class AttendeeInputType : InputObjectGraphType
{
    public AttendeeInputType()
    {
        Name = "AttendeeInput";
        Description = "One attendee, by mediatorId or idNumber (if both, they must name the same person).";
        Field<IdGraphType>("mediatorId");
        Field<StringGraphType>("idNumber");
        Field<FloatGraphType>("hours").Description("Hours credited; default the whole session for ATTENDED; required for PARTIAL; 0 or omitted for ABSENT and EXCUSED.");
        Field<EnumerationGraphType<AttendanceStatus>>("status").Description("Default ATTENDED.");
    }
}

public sealed class RecordAttendanceInputType : InputObjectGraphType
{
    public RecordAttendanceInputType()
    {
        Name = "RecordAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendeeInputType>>>>("attendees")
            .Description($"1–{AttendanceRecorder.MaxAttendees} attendees. Recording someone again replaces their record.");
    }
}

public sealed class SetTrainingRequirementInputType : InputObjectGraphType
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
