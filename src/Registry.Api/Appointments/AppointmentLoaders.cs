using GraphQL.DataLoader;
using Registry.Api.Schema.Loading;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

/// <summary>Batched appointment look-ups: all committees of a page in one command per date asked.</summary>
public static class AppointmentLoaders
{
    public static IDataLoaderResult<List<Appointment>> ActiveAppointments(this IResolveFieldContext context, long committeeId, DateOnly asOf) =>
        context.LoadGrouped($"Appointment.ActiveByCommittee.{asOf:yyyyMMdd}", committeeId,
            (db, ids) => db.Appointments
                .Where(a => ids.Contains(a.CommitteeId)).Where(Appointment.InForceOn(asOf))
                .OrderBy(a => a.Id),
            a => a.CommitteeId);

    public static IDataLoaderResult<List<Appointment>> AppointmentsOfMediator(this IResolveFieldContext context, long mediatorId) =>
        context.LoadGrouped("Appointment.ByMediator", mediatorId,
            (db, ids) => db.Appointments.Where(a => ids.Contains(a.MediatorId)).OrderBy(a => a.StartDate).ThenBy(a => a.Id),
            a => a.MediatorId);
}
