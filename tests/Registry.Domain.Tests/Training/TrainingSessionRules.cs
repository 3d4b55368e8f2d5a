using Registry.Domain.Appointments;
using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Tests.Common;
using Registry.Domain.Training;

namespace Registry.Domain.Tests.Training;

/// <summary>What may change on a session once people attended it, and who may attend it.</summary>
public class TrainingSessionRules
{
    private static readonly DateOnly Day = new(2026, 5, 1);

    private static TrainingSession Session() =>
        TrainingSession.Schedule(new TrainingSessionDetails("510704", null, TrainingForm.Lecture, TrainingTopic.MediationSkills, "培训", Day, 3, null, null));

    private static TrainingSessionDetails Moved(TrainingSession s, DateOnly? date = null, string? organiser = null, decimal? hours = null) =>
        new(organiser ?? s.RegionCode, null, s.Form, s.Topics, s.Title, date ?? s.Date, hours ?? s.Hours, s.Location, null);

    [Fact]
    public void DateAndOrganiserMoveFreelyBeforeAnyAttendance()
    {
        var session = Session();
        session.Update(Moved(session, date: Day.AddDays(7), organiser: "5107"), attendanceRecorded: false, 0);
        Assert.Equal((Day.AddDays(7), "5107", TrainingTier.Prefecture), (session.Date, session.RegionCode, session.Tier));
    }

    [Fact]
    public void DateAndOrganiserAreFixedOnceAttendanceIsRecorded()
    {
        var session = Session();
        DomainAssert.FailsWith(() => session.Update(Moved(session, date: Day.AddDays(1)), attendanceRecorded: true, 180), "date", ErrorCodes.Conflict);
        DomainAssert.FailsWith(() => session.Update(Moved(session, organiser: "510703"), attendanceRecorded: true, 180), "organiserRegionCode", ErrorCodes.Conflict);
        Assert.Equal((Day, "510704"), (session.Date, session.RegionCode));
    }

    [Fact]
    public void HoursMayNotDropBelowWhatAnAttendeeWasCredited()
    {
        var session = Session();
        DomainAssert.FailsWith(() => session.Update(Moved(session, hours: 2.5m), attendanceRecorded: true, 180), "hours", ErrorCodes.Conflict);
        session.Update(Moved(session, hours: 4), attendanceRecorded: true, 180);
        Assert.Equal(240, session.Minutes);
    }

    private static Committee Committee(string region) => Domain.Committees.Committee.Create(
        new CommitteeDetails("南山村人民调解委员会", CommitteeKind.Village, region, new DateOnly(2010, 1, 1)), TestToday);

    private static string? RefusalOf(string committeeRegion, DateOnly start, DateOnly? end)
    {
        var committee = Committee(committeeRegion);
        var appointment = Appointment.Make(1, committee.Id, AppointmentRole.Member, Employment.PartTime, start, end, [], AdultBirthDate);
        return Session().RefusalOf("李明", [appointment], new Dictionary<long, Committee> { [committee.Id] = committee });
    }

    [Fact]
    public void AMediatorServingInsideTheOrganisersRegionOnTheDayMayAttend()
    {
        Assert.Null(RefusalOf("510704100200", new DateOnly(2020, 1, 1), null));
        Assert.Null(RefusalOf("510704100200", new DateOnly(2020, 1, 1), Day));
    }

    [Fact]
    public void EveryOtherMediatorIsRefusedWithWhatTheirAppointmentsAreInstead()
    {
        const string head = "李明 had no appointment in force on 2026-05-01 at a committee in region 510704 (the organiser's region)";
        Assert.Equal($"{head}: they served 南山村人民调解委员会 in region 510703100200, outside it.", RefusalOf("510703100200", new DateOnly(2020, 1, 1), null));
        Assert.Equal($"{head}: their appointment at 南山村人民调解委员会 ended on 2026-04-30.", RefusalOf("510704100200", new DateOnly(2020, 1, 1), Day.AddDays(-1)));
        Assert.Equal($"{head}: their appointment at 南山村人民调解委员会 only starts on 2026-05-02.", RefusalOf("510704100200", Day.AddDays(1), null));
        Assert.Equal($"{head}: they hold no appointment at all.", Session().RefusalOf("李明", [], new Dictionary<long, Committee>()));
    }
}
