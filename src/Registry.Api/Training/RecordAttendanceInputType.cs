using Registry.Api.Schema.Inputs;

namespace Registry.Api.Training;

public sealed class RecordAttendanceInputType : TypedInputType<RecordAttendanceInput>
{
    public RecordAttendanceInputType()
    {
        Name = "RecordAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendeeInputType>>>>("attendees")
            .Description($"1–{AttendanceRecorder.MaxAttendees} attendees. Recording someone again replaces their record.");
    }
}
