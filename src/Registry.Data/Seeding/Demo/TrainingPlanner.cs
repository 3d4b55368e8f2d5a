using Bogus;
using Registry.Domain.Training;
using static Registry.Data.Seeding.Demo.DemoDates;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// A few county sessions a year (county is the main tier, seed 003) in each demo county for 2025 and 2026, with
/// attendance by the mediators serving there on the day. Most attend; some come for part, some are excused, and a
/// share never takes a practical drill, so Mianyang's one-实训-a-year rule has people behind it.
/// </summary>
internal sealed class TrainingPlanner(Randomizer random)
{
    private static readonly (TrainingForm Form, TrainingTopic Topics, string Title, decimal Hours, int Month, int Day)[] Calendar =
    [
        (TrainingForm.Lecture, TrainingTopic.LawAndPolicy | TrainingTopic.Politics, "民法典与人民调解专题授课", 3m, 3, 18),
        (TrainingForm.PracticalDrill, TrainingTopic.MediationSkills, "矛盾纠纷调解实训演练", 4m, 6, 12),
        (TrainingForm.CaseReview, TrainingTopic.ProfessionalKnowledge | TrainingTopic.MediationSkills, "典型案例评析会", 2.5m, 9, 23),
    ];

    public List<TrainingSession> Sessions(IReadOnlyList<PlannedCommittee> committees)
    {
        var sessions = new List<TrainingSession>();
        foreach (var county in committees.Select(c => c.CountyCode).OfType<string>().Distinct().Order(StringComparer.Ordinal))
            foreach (var year in new[] { 2025, 2026 })
                foreach (var (form, topics, title, hours, month, day) in Calendar)
                    sessions.Add(TrainingSession.Schedule(new TrainingSessionDetails(county, null, form, topics, $"{year}年{title}",
                        On(year, month, day), hours, "县司法局培训中心", null)));
        return sessions;
    }

    public List<Attendance> Attendances(IReadOnlyList<PlannedCommittee> committees, IReadOnlyList<TrainingSession> sessions)
    {
        var attendances = new List<Attendance>();
        var servingByCounty = committees.Where(c => c.CountyCode is not null).GroupBy(c => c.CountyCode!)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Serving).ToList());
        var skipsDrills = new HashSet<long>();
        foreach (var session in sessions)
        {
            var seen = new HashSet<long>();
            foreach (var (mediator, appointment) in servingByCounty.GetValueOrDefault(session.RegionCode, []))
            {
                var id = mediator.Mediator.Id;
                if (appointment.Start > session.Date || appointment.End < session.Date || !seen.Add(id)) continue;
                if (id % 4 == 0) skipsDrills.Add(id);
                if (session.Form == TrainingForm.PracticalDrill && skipsDrills.Contains(id)) continue;
                var status = random.Weighted((AttendanceStatus.Attended, 0.75), (AttendanceStatus.Partial, 0.1), (AttendanceStatus.Excused, 0.05), ((AttendanceStatus?)null, 0.1));
                if (status is not { } s) continue;
                int? minutes = s == AttendanceStatus.Partial ? session.Minutes / 2 : null;
                attendances.Add(Attendance.Record(session, id, s, minutes));
            }
        }
        return attendances;
    }
}
