using Registry.Api.Schema.Mutations;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

public sealed class EndAppointmentPayloadType() : PayloadType<AppointmentType, Appointment>("EndAppointmentPayload", "appointment");
