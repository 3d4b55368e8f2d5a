using Registry.Api.Schema.Mutations;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

public sealed class AppointMediatorPayloadType() : PayloadType<AppointmentType, Appointment>("AppointMediatorPayload", "appointment");
