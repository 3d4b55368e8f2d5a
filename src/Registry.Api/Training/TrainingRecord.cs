using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>A mediator's training in one calendar year. Cancelled sessions are listed but credit nothing.</summary>
public sealed record TrainingRecord(int Year, IReadOnlyList<(Attendance Attendance, TrainingSession Session)> Entries)
{
    private IEnumerable<(Attendance Attendance, TrainingSession Session)> Credited =>
        Entries.Where(e => e.Attendance.IsCreditedAt(e.Session));

    public int Minutes => Credited.Sum(e => e.Attendance.Minutes);

    public int PracticalCount => Credited.Count(e => e.Session.IsPractical);

    public int SessionCount => Credited.Count();
}
