using Registry.Domain.Appointments;
using Registry.Domain.Common;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Appointments;

public class AppointmentMaking
{
    private const long MediatorId = 7;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Appointment Make(long committeeId, Employment employment, DateOnly start, DateOnly? end = null,
        params Appointment[] others) =>
        Appointment.Make(MediatorId, committeeId, AppointmentRole.Member, employment, start, end, others, AdultBirthDate);

    [Fact]
    public void RecordsTheGivenTerms()
    {
        var appointment = Appointment.Make(MediatorId, 3, AppointmentRole.Chair, Employment.FullTime, D(2021, 3, 1), D(2024, 2, 29), [], AdultBirthDate);

        Assert.Equal(MediatorId, appointment.MediatorId);
        Assert.Equal(3, appointment.CommitteeId);
        Assert.Equal(AppointmentRole.Chair, appointment.Role);
        Assert.Equal(Employment.FullTime, appointment.Employment);
        Assert.Equal(new DatePeriod(D(2021, 3, 1), D(2024, 2, 29)), appointment.Period);
    }

    [Fact]
    public void RejectsEndBeforeStart()
    {
        DomainAssert.FailsWith(() => Make(1, Employment.PartTime, D(2022, 1, 2), D(2022, 1, 1)), "endDate", ErrorCodes.OutOfRange);
    }

    [Fact]
    public void AllowsAOneDayAppointment()
    {
        var appointment = Make(1, Employment.PartTime, D(2022, 1, 1), D(2022, 1, 1));
        Assert.True(appointment.IsActiveOn(D(2022, 1, 1)));
    }

    [Fact]
    public void RejectsASecondFullTimeAppointmentThatOverlaps()
    {
        var first = Make(1, Employment.FullTime, D(2020, 1, 1));

        DomainAssert.FailsWith(() => Make(2, Employment.FullTime, D(2023, 6, 1), null, first), "employment", ErrorCodes.Conflict);
    }

    [Fact]
    public void RejectsAFullTimeAppointmentStartingOnTheDayThePreviousOneEnds()
    {
        var first = Make(1, Employment.FullTime, D(2020, 1, 1), D(2022, 12, 31));

        DomainAssert.FailsWith(() => Make(2, Employment.FullTime, D(2022, 12, 31), null, first), "employment", ErrorCodes.Conflict);
    }

    [Fact]
    public void RejectsAFullTimeAppointmentEndingInsideAnotherOne()
    {
        var first = Make(1, Employment.FullTime, D(2022, 1, 1));

        DomainAssert.FailsWith(() => Make(2, Employment.FullTime, D(2021, 1, 1), D(2022, 1, 1), first), "employment", ErrorCodes.Conflict);
    }

    [Fact]
    public void AllowsAFullTimeAppointmentFromTheDayAfterThePreviousOneEnded()
    {
        var first = Make(1, Employment.FullTime, D(2020, 1, 1), D(2022, 12, 31));

        var second = Make(2, Employment.FullTime, D(2023, 1, 1), null, first);

        Assert.Equal(D(2023, 1, 1), second.StartDate);
        Assert.Null(second.EndDate);
    }

    [Fact]
    public void AllowsAFullTimeAppointmentEndingTheDayBeforeAnotherStarts()
    {
        var later = Make(1, Employment.FullTime, D(2023, 1, 1));

        var earlier = Make(2, Employment.FullTime, D(2020, 1, 1), D(2022, 12, 31), later);

        Assert.Equal(D(2022, 12, 31), earlier.EndDate);
    }

    [Fact]
    public void AllowsPartTimeAlongsideFullTime()
    {
        var fullTime = Make(1, Employment.FullTime, D(2020, 1, 1));

        var partTime = Make(2, Employment.PartTime, D(2021, 1, 1), null, fullTime);
        var fullTimeAfterPartTime = Make(3, Employment.FullTime, D(2019, 1, 1), D(2019, 12, 31), partTime);

        Assert.Equal(Employment.PartTime, partTime.Employment);
        Assert.Equal(Employment.FullTime, fullTimeAfterPartTime.Employment);
    }

    [Fact]
    public void AllowsFullTimeAlongsidePartTime()
    {
        var partTime = Make(1, Employment.PartTime, D(2020, 1, 1));

        var fullTime = Make(2, Employment.FullTime, D(2020, 1, 1), null, partTime);

        Assert.True(fullTime.IsActiveOn(D(2020, 1, 1)) && partTime.IsActiveOn(D(2020, 1, 1)));
    }

    [Fact]
    public void AllowsSeveralPartTimeAppointmentsAtOnce()
    {
        var a = Make(1, Employment.PartTime, D(2020, 1, 1));
        var b = Make(2, Employment.PartTime, D(2020, 1, 1), null, a);

        var c = Make(3, Employment.PartTime, D(2020, 1, 1), null, a, b);

        Assert.Equal(3, c.CommitteeId);
    }

    [Theory]
    [InlineData(Employment.PartTime, Employment.PartTime)]
    [InlineData(Employment.PartTime, Employment.FullTime)]
    [InlineData(Employment.FullTime, Employment.FullTime)]
    public void RejectsOverlappingAppointmentsToTheSameCommittee(Employment existing, Employment candidate)
    {
        var first = Make(1, existing, D(2020, 1, 1), D(2022, 12, 31));

        DomainAssert.FailsWith(() => Make(1, candidate, D(2022, 12, 31), null, first), "committeeId", ErrorCodes.Overlap);
    }

    [Fact]
    public void AllowsReappointmentToTheSameCommitteeAfterTheFirstEnded()
    {
        var first = Make(1, Employment.PartTime, D(2020, 1, 1), D(2022, 12, 31));

        var again = Make(1, Employment.PartTime, D(2023, 1, 1), null, first);

        Assert.Equal(D(2023, 1, 1), again.StartDate);
    }

    [Fact]
    public void MarksBothAppointmentsWhenTheirPeriodsShareADay()
    {
        var first = Make(1, Employment.FullTime, D(2020, 1, 1), D(2022, 12, 31));
        var earlier = Make(3, Employment.PartTime, D(2015, 1, 1), D(2016, 12, 31), first);

        var second = Make(2, Employment.PartTime, D(2022, 12, 31), null, first, earlier);

        Assert.True(second.OverlapsAnother);
        Assert.True(first.OverlapsAnother);
        Assert.False(earlier.OverlapsAnother);
    }

    [Fact]
    public void LeavesConsecutiveAppointmentsUnmarked()
    {
        var first = Make(1, Employment.PartTime, D(2020, 1, 1), D(2022, 12, 31));

        var next = Make(2, Employment.FullTime, D(2023, 1, 1), null, first);

        Assert.False(next.OverlapsAnother);
        Assert.False(first.OverlapsAnother);
    }

    [Fact]
    public void KeepsTheMarkWhenTheOverlapIsEndedAway()
    {
        var first = Make(1, Employment.PartTime, D(2020, 1, 1));
        var second = Make(2, Employment.PartTime, D(2021, 1, 1), null, first);

        first.End(D(2020, 6, 30));

        Assert.True(first.OverlapsAnother); // safe: a report only groups the row by mediator
        Assert.True(second.OverlapsAnother);
    }
}
