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
        var list = appointments.ToList();
        if (list.Any(a => a.IsActiveOn(Date) && Regions.RegionCode.Covers(RegionCode, committees[a.CommitteeId].RegionCode))) return null;
        var head = $"{mediatorName} had no appointment in force on {Date:yyyy-MM-dd} at a committee in region {RegionCode} (the organiser's region)";
        if (list.FirstOrDefault(a => a.IsActiveOn(Date)) is { } elsewhere)
            return $"{head}: they served {committees[elsewhere.CommitteeId].Name} in region {committees[elsewhere.CommitteeId].RegionCode}, outside it.";
        if (list.Where(a => a.EndDate < Date).MaxBy(a => a.EndDate) is { } ended)
            return $"{head}: their appointment at {committees[ended.CommitteeId].Name} ended on {ended.EndDate:yyyy-MM-dd}.";
        if (list.Where(a => a.StartDate > Date).MinBy(a => a.StartDate) is { } later)
            return $"{head}: their appointment at {committees[later.CommitteeId].Name} only starts on {later.StartDate:yyyy-MM-dd}.";
        return $"{head}: they hold no appointment at all.";
    }
}
