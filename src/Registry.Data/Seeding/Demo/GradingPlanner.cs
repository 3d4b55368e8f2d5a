using Registry.Domain.Certificates;
using Registry.Domain.Grading;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Stars, grades and certificates of the demo, without randomness (so the roster's random draws stay as they were):
/// every committee the planner gave stars is rated once; every seventh mediator still serving holds a certificate
/// issued 2024-03-01, valid to 2027-02-28 — every fifth of those expiring 2026-12-15 instead, one in twenty suspended —
/// and is assessed 2025-01-10 at the entry level of the ladder governing their committee's region (every third one
/// level higher 2026-03-01).
/// </summary>
internal static class GradingPlanner
{
    private static readonly DateOnly RatedOn = DemoDates.On(2024, 12, 20);
    private static readonly DateOnly IssuedOn = DemoDates.On(2024, 3, 1);

    public static IEnumerable<CommitteeStarRating> Stars(IEnumerable<PlannedCommittee> committees) =>
        committees.Where(c => c.Stars is not null && c.Committee.IsActiveOn(DemoDates.Max(RatedOn, c.Committee.EstablishedOn)))
            .Select(c => CommitteeStarRating.Rate(c.Committee, c.Stars!.Value, DemoDates.Max(RatedOn, c.Committee.EstablishedOn),
                "演示数据：年度评星定级", c.Committee.RegionCode, DemoDates.Today));

    public static (List<Certificate> Certificates, List<GradeAssessment> Assessments) Grade(IReadOnlyList<PlannedMediator> mediators,
        IReadOnlyList<GradeLadder> ladders)
    {
        var certificates = new List<Certificate>();
        var assessments = new List<GradeAssessment>();
        var serving = mediators.Where(m => m.Appointments.Any(a => a.End is null && a.Start <= IssuedOn)).ToList();
        for (var i = 0; i < serving.Count; i += 7)
        {
            var mediator = serving[i];
            var region = mediator.Appointments.First(a => a.End is null).Committee.Committee.RegionCode;
            var n = i / 7;
            var certificate = Certificate.Issue(mediator.Mediator.Id, CertificateNumber.Generate(region[..Math.Min(6, region.Length)], 2024, n + 1),
                region[..Math.Min(6, region.Length)], IssuedOn, n % 5 == 4 ? DemoDates.On(2026, 12, 15) : DemoDates.On(2027, 2, 28), [], DemoDates.Today);
            if (n % 20 == 19) certificate.Suspend(DemoDates.On(2026, 6, 1), "演示数据：投诉核查期间暂停", null, DemoDates.Today);
            certificates.Add(certificate);
            Assess(assessments, mediator, ladders, region, DemoDates.On(2025, 1, 10), 1);
            if (n % 3 == 2) Assess(assessments, mediator, ladders, region, DemoDates.On(2026, 3, 1), 2);
        }
        return (certificates, assessments);
    }

    private static void Assess(List<GradeAssessment> into, PlannedMediator mediator, IReadOnlyList<GradeLadder> ladders, string region, DateOnly on, int rank)
    {
        var ladder = GradeLadderResolver.Resolve(ladders, region, on);
        if (ladder?.Levels.FirstOrDefault(l => l.Rank == rank) is not { } level) return;
        into.Add(GradeAssessment.Record(mediator.Mediator.Id, ladder, level.Name, on, region[..Math.Min(6, region.Length)], "演示数据：年度等级评定", DemoDates.Today));
    }
}
