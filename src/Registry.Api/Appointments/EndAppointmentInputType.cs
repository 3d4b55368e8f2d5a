using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Appointments;

public sealed class EndAppointmentInputType : TypedInputType<EndAppointmentInput>
{
    public EndAppointmentInputType()
    {
        Name = "EndAppointmentInput";
        Field<NonNullGraphType<IdGraphType>>("appointmentId");
        Field<NonNullGraphType<CalendarDateGraphType>>("endDate").Description("The last day served (inclusive).");
    }
}
