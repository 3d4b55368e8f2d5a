using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Domain.Access;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

/// <summary>
/// Appoints a mediator to a committee of the caller's jurisdiction. The mediator's row is locked first, so two
/// appointments made at once cannot both pass the one-full-time-appointment check.
/// </summary>
public sealed class AppointMediator : IUseCase<AppointMediatorInput, Appointment>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Appointment> HandleAsync(AppointMediatorInput input, UseCaseContext context, CancellationToken ct)
    {
        var db = context.Db;
        var mediator = await db.FindMediatorAsync(input.MediatorId, ct);
        var committee = await db.FindCommitteeAsync(input.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "committeeId");
        await db.LockMediatorAsync(mediator.Id, ct);
        var others = await db.Appointments.Where(a => a.MediatorId == mediator.Id).ToListAsync(ct);
        var appointment = Appointment.Make(mediator.Id, committee, input.Role, input.Employment, input.StartDate, input.EndDate, others, mediator.BirthDate);
        db.Appointments.Add(appointment);
        return appointment;
    }
}
