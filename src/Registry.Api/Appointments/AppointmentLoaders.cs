using GraphQL.DataLoader;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

/// <summary>Batched appointment look-ups: all committees of a page in one command per date asked.</summary>
public static class AppointmentLoaders
{
    public static IDataLoaderResult<List<Appointment>> ActiveAppointments(this IResolveFieldContext context, long committeeId, DateOnly asOf)
    {
        var db = context.Db();
        return context.Loaders().Get<long, List<Appointment>>($"Appointment.ActiveByCommittee.{asOf:yyyyMMdd}", async (ids, ct) =>
            {
                var rows = await db.Appointments
                    .Where(a => ids.Contains(a.CommitteeId) && a.StartDate <= asOf && (a.EndDate == null || a.EndDate >= asOf))
                    .OrderBy(a => a.Id).ToListAsync(ct);
                return rows.GroupBy(a => a.CommitteeId).ToDictionary(g => g.Key, g => g.ToList());
            })
            .Load(committeeId).Then(list => list ?? []);
    }

    public static IDataLoaderResult<List<Appointment>> AppointmentsOfMediator(this IResolveFieldContext context, long mediatorId)
    {
        var db = context.Db();
        return context.Loaders().Get<long, List<Appointment>>("Appointment.ByMediator", async (ids, ct) =>
            {
                var rows = await db.Appointments.Where(a => ids.Contains(a.MediatorId)).OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(ct);
                return rows.GroupBy(a => a.MediatorId).ToDictionary(g => g.Key, g => g.ToList());
            })
            .Load(mediatorId).Then(list => list ?? []);
    }
}
