using Registry.Domain.Appointments;
using Registry.Domain.Common;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Appointments;

public class AppointmentEnding
{
    private static readonly DateOnly Start = new(2021, 4, 1);

    private static Appointment Open() =>
        Appointment.Make(7, 1, AppointmentRole.Member, Employment.FullTime, Start, null, [], AdultBirthDate);

    [Fact]
    public void SetsTheLastDayServed()
    {
        var appointment = Open();

        appointment.End(new DateOnly(2023, 3, 31));

        Assert.Equal(new DateOnly(2023, 3, 31), appointment.EndDate);
    }

    [Fact]
    public void AllowsEndingOnTheStartDate()
    {
        var appointment = Open();

        appointment.End(Start);

        Assert.Equal(Start, appointment.EndDate);
    }

    [Fact]
    public void RejectsAnEndBeforeTheStart()
    {
        var appointment = Open();

        DomainAssert.FailsWith(() => appointment.End(Start.AddDays(-1)), "endDate", ErrorCodes.OutOfRange);
        Assert.Null(appointment.EndDate);
    }

    [Fact]
    public void RejectsEndingTwice()
    {
        var appointment = Open();
        appointment.End(new DateOnly(2023, 3, 31));

        DomainAssert.FailsWith(() => appointment.End(new DateOnly(2024, 1, 1)), "appointmentId", ErrorCodes.InvalidState);
        Assert.Equal(new DateOnly(2023, 3, 31), appointment.EndDate);
    }

    [Fact]
    public void IsActiveFromTheStartDateThroughTheEndDateInclusive()
    {
        var appointment = Open();
        var end = new DateOnly(2023, 3, 31);
        appointment.End(end);

        Assert.False(appointment.IsActiveOn(Start.AddDays(-1)));
        Assert.True(appointment.IsActiveOn(Start));
        Assert.True(appointment.IsActiveOn(new DateOnly(2022, 6, 15)));
        Assert.True(appointment.IsActiveOn(end));
        Assert.False(appointment.IsActiveOn(end.AddDays(1)));
    }

    [Fact]
    public void IsActiveIndefinitelyWhileOpen()
    {
        var appointment = Open();

        Assert.True(appointment.IsActiveOn(new DateOnly(2099, 12, 31)));
        Assert.True(appointment.IsActiveOn(DateOnly.MaxValue));
    }
}
