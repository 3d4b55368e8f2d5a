using Registry.Domain.Common;
using Registry.Domain.Tests.Common;
using Registry.Domain.Training;

namespace Registry.Domain.Tests.Training;

public class AttendanceCredit
{
    private static TrainingSession Session(decimal hours = 3, TrainingForm form = TrainingForm.Lecture) =>
        TrainingSession.Schedule(new TrainingSessionDetails("510704", null, form, TrainingTopic.MediationSkills, "培训", new DateOnly(2026, 5, 1), hours, null, null));

    [Fact]
    public void AttendedCreditsTheWholeSessionByDefault() =>
        Assert.Equal(180, Attendance.Record(Session(), 1, AttendanceStatus.Attended, null).Minutes);

    [Fact]
    public void CreditAboveTheSessionIsRefused() =>
        DomainAssert.FailsWith(() => Attendance.Record(Session(), 1, AttendanceStatus.Partial, 181), "hours", ErrorCodes.OutOfRange);

    [Fact]
    public void AbsenceCreditsNothing()
    {
        Assert.Equal(0, Attendance.Record(Session(), 1, AttendanceStatus.Excused, null).Minutes);
        DomainAssert.FailsWith(() => Attendance.Record(Session(), 1, AttendanceStatus.Absent, 60), "hours", ErrorCodes.Conflict);
    }

    [Fact]
    public void DrillsArePracticalAndTheTierFollowsTheOrganiser()
    {
        var drill = Session(form: TrainingForm.PracticalDrill);
        Assert.True(drill.IsPractical);
        Assert.Equal(TrainingTier.County, drill.Tier);
        Assert.False(Session().IsPractical);
    }

    [Fact]
    public void ATierThatDisagreesWithTheOrganiserIsRefused() =>
        DomainAssert.FailsWith(() => TrainingSession.Schedule(new TrainingSessionDetails("510704", TrainingTier.Province, TrainingForm.Lecture,
            TrainingTopic.Politics, "培训", new DateOnly(2026, 5, 1), 2, null, null)), "tier", ErrorCodes.Conflict);

    [Fact]
    public void StandingListsWhatIsLacking()
    {
        var requirement = new GoverningRequirement(1200, null, 1, null, 0, null);
        var standing = new TrainingStanding(720, 0, requirement);
        Assert.False(standing.IsCompliant);
        Assert.Equal([(TrainingLackKind.Hours, 480), (TrainingLackKind.PracticalSessions, 1)], standing.Lacks.Select(l => (l.Kind, l.Missing)));
        Assert.Equal("8 more training hours (credited 12 of the required 20).", standing.Lacks[0].Message);
    }
}
