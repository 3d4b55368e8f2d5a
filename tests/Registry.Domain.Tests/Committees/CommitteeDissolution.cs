using Registry.Domain.Appointments;
using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Committees;

public class CommitteeDissolution
{
    private static readonly DateOnly Established = new(2012, 5, 1);

    private static Committee Create() =>
        Committee.Create(new CommitteeDetails("南勋村调委会", CommitteeKind.Village, "419001104201", Established), TestToday);

    [Fact]
    public void RecordsTheLastDayOfExistence()
    {
        var committee = Create();

        committee.Dissolve(new DateOnly(2020, 12, 31), []);

        Assert.Equal(new DateOnly(2020, 12, 31), committee.DissolvedOn);
    }

    [Fact]
    public void RejectsDissolvingBeforeEstablishment()
    {
        var committee = Create();

        DomainAssert.FailsWith(() => committee.Dissolve(Established.AddDays(-1), []), "dissolvedOn", ErrorCodes.OutOfRange);
        Assert.Null(committee.DissolvedOn);
    }

    [Fact]
    public void RejectsDissolvingTwice()
    {
        var committee = Create();
        committee.Dissolve(new DateOnly(2020, 12, 31), []);

        DomainAssert.FailsWith(() => committee.Dissolve(new DateOnly(2021, 6, 30), []), "committeeId", ErrorCodes.InvalidState);
        Assert.Equal(new DateOnly(2020, 12, 31), committee.DissolvedOn);
    }

    [Fact]
    public void IsActiveFromEstablishmentThroughTheDissolutionDay()
    {
        var committee = Create();
        var dissolved = new DateOnly(2020, 12, 31);
        committee.Dissolve(dissolved, []);

        Assert.False(committee.IsActiveOn(Established.AddDays(-1)));
        Assert.True(committee.IsActiveOn(Established));
        Assert.True(committee.IsActiveOn(new DateOnly(2016, 1, 1)));
        Assert.True(committee.IsActiveOn(dissolved));
        Assert.False(committee.IsActiveOn(dissolved.AddDays(1)));
    }

    [Fact]
    public void StaysActiveWhileNotDissolved()
    {
        Assert.True(Create().IsActiveOn(new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void RejectsMovingEstablishmentAfterDissolution()
    {
        var committee = Create();
        committee.Dissolve(new DateOnly(2020, 12, 31), []);

        DomainAssert.FailsWith(
            () => committee.Update(new CommitteeDetails("南勋村调委会", CommitteeKind.Village, "419001104201", new DateOnly(2021, 1, 1)), TestToday),
            "establishedOn", ErrorCodes.OutOfRange);
        Assert.Equal(Established, committee.EstablishedOn);
    }

    [Fact]
    public void EndsOpenAppointmentsOnTheLastDay()
    {
        var committee = Create();
        var open = Appointment.Make(1, 7, AppointmentRole.Member, Employment.FullTime, new DateOnly(2015, 1, 1), null, [], AdultBirthDate);
        var ended = Appointment.Make(2, 7, AppointmentRole.Chair, Employment.PartTime, new DateOnly(2014, 1, 1), new DateOnly(2016, 6, 30), [], AdultBirthDate);

        committee.Dissolve(new DateOnly(2020, 12, 31), [open, ended]);

        Assert.Equal(new DateOnly(2020, 12, 31), open.EndDate);
        Assert.Equal(new DateOnly(2016, 6, 30), ended.EndDate);
    }

    [Fact]
    public void RefusesWhileAnAppointmentStartsOrEndsLater()
    {
        var committee = Create();
        var later = Appointment.Make(1, 7, AppointmentRole.Member, Employment.PartTime, new DateOnly(2021, 3, 1), null, [], AdultBirthDate);
        var endsLater = Appointment.Make(2, 7, AppointmentRole.Member, Employment.PartTime, new DateOnly(2019, 1, 1), new DateOnly(2021, 6, 30), [], AdultBirthDate);

        DomainAssert.FailsWith(() => committee.Dissolve(new DateOnly(2020, 12, 31), [later]), "dissolvedOn", ErrorCodes.Conflict);
        DomainAssert.FailsWith(() => committee.Dissolve(new DateOnly(2020, 12, 31), [endsLater]), "dissolvedOn", ErrorCodes.Conflict);
        Assert.Null(committee.DissolvedOn);
        Assert.Null(later.EndDate);
    }
}
