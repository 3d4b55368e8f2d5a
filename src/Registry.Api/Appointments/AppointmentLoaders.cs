using GraphQL.DataLoader;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Appointments;
using Registry.Domain.Mediators;

namespace Registry.Api.Appointments;

/// <summary>Batched appointment look-ups: all committees of a page in one command per date asked.</summary>
public static class AppointmentLoaders
{
    /// <summary>
    /// When the field asks for each appointment's <c>mediator</c>, the mediators come in the same statement (a join)
    /// and are handed to the by-id loader, so a page with its appointments and mediators is two statements, not three.
    /// </summary>
    public static IDataLoaderResult<List<Appointment>> ActiveAppointments(this IResolveFieldContext context, long committeeId, DateOnly asOf) =>
        AsksForMediator(context) ? ActiveAppointmentsWithMediators(context, committeeId, asOf) :
        context.LoadGrouped($"Appointment.ActiveByCommittee.{asOf:yyyyMMdd}", committeeId,
            (db, ids) => db.Appointments
                .Where(a => ids.Contains(a.CommitteeId)).Where(Appointment.InForceOn(asOf))
                .OrderBy(a => a.Id),
            a => a.CommitteeId);

    public static IDataLoaderResult<List<Appointment>> AppointmentsOfMediator(this IResolveFieldContext context, long mediatorId) =>
        context.LoadGrouped("Appointment.ByMediator", mediatorId,
            (db, ids) => db.Appointments.Where(a => ids.Contains(a.MediatorId)).OrderBy(a => a.StartDate).ThenBy(a => a.Id),
            a => a.MediatorId);

    private static bool AsksForMediator(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == "mediator") == true;

    private static IDataLoaderResult<List<Appointment>> ActiveAppointmentsWithMediators(IResolveFieldContext context, long committeeId, DateOnly asOf)
    {
        var db = context.Db();
        return context.Loaders().Get<long, List<Appointment>>($"Appointment.ActiveByCommittee.WithMediator.{asOf:yyyyMMdd}", async (ids, ct) =>
            {
                var rows = await db.Appointments
                    .Where(a => ids.Contains(a.CommitteeId)).Where(Appointment.InForceOn(asOf))
                    .Join(db.Mediators, a => a.MediatorId, m => m.Id, (a, m) => new { Appointment = a, Mediator = m })
                    .OrderBy(x => x.Appointment.Id)
                    .ToListAsync(ct);
                context.PrimeById<Mediator>(rows.Select(r => r.Mediator));
                return rows.GroupBy(r => r.Appointment.CommitteeId).ToDictionary(g => g.Key, g => g.Select(r => r.Appointment).ToList());
            })
            .Load(committeeId).Then(list => list ?? []);
    }
}
