using Registry.Domain.Appointments;
using Registry.Domain.Committees;

namespace Registry.Domain.Training;

public partial class TrainingSession
{
    /// <summary>
    /// Who may be credited for this session (参训人员): a mediator serving, on the session's date, a committee inside
    /// the organiser's region, since a bureau trains the mediators of its own jurisdiction. Null when
    /// <paramref name="mediatorName"/> may attend; otherwise one sentence saying what their appointments are instead.
    /// </summary>
    /// <param name="appointments">Every appointment of the mediator.</param>
    /// <param name="committees">The committees of those appointments, by ID.</param>
    public string? RefusalOf(string mediatorName, IEnumerable<Appointment> appointments, IReadOnlyDictionary<long, Committee> committees)
    {
        var served = appointments.Select(a => (Appointment: a, Committee: committees[a.CommitteeId])).ToList();
        if (served.Any(s => s.Appointment.IsActiveOn(Date) && Regions.RegionCode.Covers(RegionCode, s.Committee.RegionCode))) return null;
        var head = $"{mediatorName} had no appointment in force on {Date:yyyy-MM-dd} at a committee in region {RegionCode} (the organiser's region)";
        var elsewhere = served.FirstOrDefault(s => s.Appointment.IsActiveOn(Date)).Committee;
        if (elsewhere is not null) return $"{head}: they served {elsewhere.Name} in region {elsewhere.RegionCode}, outside it.";
        var ended = served.Where(s => s.Appointment.EndDate < Date).MaxBy(s => s.Appointment.EndDate);
        if (ended.Committee is not null) return $"{head}: their appointment at {ended.Committee.Name} ended on {ended.Appointment.EndDate:yyyy-MM-dd}.";
        var later = served.Where(s => s.Appointment.StartDate > Date).MinBy(s => s.Appointment.StartDate);
        if (later.Committee is not null) return $"{head}: their appointment at {later.Committee.Name} only starts on {later.Appointment.StartDate:yyyy-MM-dd}.";
        return $"{head}: they hold no appointment at all.";
    }
}
