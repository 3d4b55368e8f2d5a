using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

/// <summary>Ends an appointment to a committee of the caller's jurisdiction; the end date is the last day served.</summary>
public sealed class EndAppointment : IUseCase<EndAppointmentInput, Appointment>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Appointment> HandleAsync(EndAppointmentInput input, UseCaseContext context, CancellationToken ct)
    {
        var appointment = await context.Db.FindByGlobalIdAsync<Appointment>(input.AppointmentId, "Appointment", "appointmentId", ct);
        var committee = await context.Db.Committees.SingleAsync(c => c.Id == appointment.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "appointmentId");
        appointment.End(input.EndDate);
        return appointment;
    }
}
