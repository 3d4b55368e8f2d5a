using Registry.Api.Schema.Inputs;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class AttendeeInputType : TypedInputType<AttendeeInput>
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
