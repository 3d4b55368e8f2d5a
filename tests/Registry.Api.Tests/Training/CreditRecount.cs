using Microsoft.EntityFrameworkCore;
using Registry.Data;

namespace Registry.Api.Tests.Training;

/// <summary>
/// What <c>training_credits</c> holds, next to what it should hold: every attendance and session read back and
/// summed in C# by the domain's rule (<see cref="Domain.Training.Attendance.IsCreditedAt"/>), per mediator and year.
/// </summary>
public sealed record CreditRecount(
    IReadOnlyList<(long MediatorId, int Year, int Minutes, int Practical, int Attendances)> Stored,
    IReadOnlyList<(long MediatorId, int Year, int Minutes, int Practical, int Attendances)> Recounted)
{
    public static CreditRecount Of(RegistryDbContext db)
    {
        var stored = db.TrainingCredits.AsNoTracking().ToList()
            .Select(c => (c.MediatorId, c.Year, c.Minutes, c.PracticalSessions, c.Attendances))
            .Order().ToList();
        var recounted = db.Attendances.AsNoTracking()
            .Join(db.TrainingSessions.AsNoTracking(), a => a.SessionId, s => s.Id, (a, s) => new { Attendance = a, Session = s })
            .ToList()
            .Where(e => e.Attendance.IsCreditedAt(e.Session))
            .GroupBy(e => (e.Attendance.MediatorId, e.Session.Date.Year))
            .Select(g => (g.Key.MediatorId, g.Key.Year, g.Sum(e => e.Attendance.Minutes), g.Count(e => e.Session.IsPractical), g.Count()))
            .Order().ToList();
        return new CreditRecount(stored, recounted);
    }

    /// <summary>One mediator's stored row for a year: (minutes, practical sessions, attendances), or null.</summary>
    public (int Minutes, int Practical, int Attendances)? Of(long mediatorId, int year) =>
        Stored.Where(c => c.MediatorId == mediatorId && c.Year == year).Select(c => ((int, int, int)?)(c.Minutes, c.Practical, c.Attendances)).SingleOrDefault();
}
