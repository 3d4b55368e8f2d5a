using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

public sealed class AppointMediatorInputType : TypedInputType<AppointMediatorInput>
{
    public AppointMediatorInputType()
    {
        Name = "AppointMediatorInput";
        Field<NonNullGraphType<IdGraphType>>("mediatorId");
        Field<NonNullGraphType<IdGraphType>>("committeeId");
        Field<NonNullGraphType<EnumerationGraphType<AppointmentRole>>>("role");
        Field<NonNullGraphType<EnumerationGraphType<Employment>>>("employment");
        Field<NonNullGraphType<CalendarDateGraphType>>("startDate");
        Field<CalendarDateGraphType>("endDate").Description("Last day served, if already known.");
    }
}
