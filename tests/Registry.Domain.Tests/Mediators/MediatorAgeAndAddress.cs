using Registry.Domain.Appointments;
using Registry.Domain.Common;
using Registry.Domain.Mediators;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Mediators;

/// <summary>
/// A mediator is an adult citizen (人民调解法 art. 14): 18 on the day of registration and on the first day of every
/// appointment; born no earlier than 1900; with an ID number whose address starts with a province.
/// </summary>
public class MediatorAgeAndAddress
{
    private static MediatorDetails BornOn(DateOnly birth, string address = "110105") =>
        new("王芳", Gender.Female, birth, ResidentIdNumber.Compose(address, birth, 1, Gender.Female), null);

    [Fact]
    public void SomeoneWhoTurnsEighteenTodayMayBeRegistered() =>
        Assert.Equal(new DateOnly(2008, 11, 22), Mediator.Register(BornOn(new DateOnly(2008, 11, 22)), TestToday).BirthDate);

    [Fact]
    public void SomeoneWhoTurnsEighteenTomorrowIsRefusedAsAChild()
    {
        var error = DomainAssert.FailsWith(() => Mediator.Register(BornOn(new DateOnly(2008, 11, 23)), TestToday), "birthDate", ErrorCodes.OutOfRange);
        Assert.Equal("A mediator must be an adult (at least 18 on 2026-11-22; 人民调解法 art. 14).", error.Message);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1899, 12, 31)]
    [InlineData(9999, 1, 1)]
    [InlineData(2027, 1, 1)]
    public void BirthDatesBefore1900OrInTheFutureAreRefused(int year, int month, int day)
    {
        var birth = new DateOnly(year, month, day);
        var details = new MediatorDetails("王芳", Gender.Female, birth, ResidentIdNumber.Compose("110105", birth, 1, Gender.Female), null);
        var exception = Assert.Throws<DomainException>(() => Mediator.Register(details, TestToday));
        Assert.Contains(exception.Errors, e => e.Field is ["birthDate"] && e.Code == ErrorCodes.OutOfRange
            && e.Message == "birthDate must be between 1900-01-01 and today.");
    }

    [Fact]
    public void AnAppointmentBeforeTheEighteenthBirthdayIsRefused()
    {
        var birth = new DateOnly(2000, 3, 1);
        var error = DomainAssert.FailsWith(
            () => Appointment.Make(1, 2, AppointmentRole.Member, Employment.PartTime, new DateOnly(2018, 2, 28), null, [], birth),
            "startDate", ErrorCodes.OutOfRange);
        Assert.Equal("The mediator is not yet 18 on 2018-02-28; a mediator must be an adult (人民调解法 art. 14).", error.Message);
        Assert.Equal(new DateOnly(2018, 3, 1),
            Appointment.Make(1, 2, AppointmentRole.Member, Employment.PartTime, new DateOnly(2018, 3, 1), null, [], birth).StartDate);
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("100101")]
    [InlineData("160101")]
    [InlineData("240101")]
    [InlineData("470101")]
    [InlineData("990101")]
    [InlineData("830101")]
    public void AnIdNumberWhoseAddressIsNoProvinceIsRefused(string address)
    {
        var number = ResidentIdNumber.Compose(address, new DateOnly(1980, 5, 1), 1, Gender.Female);
        Assert.False(ResidentIdNumber.TryParse(number, out _, out var reason));
        Assert.Equal("has no province code in positions 1–2 (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81 or 82)", reason);
    }

    [Theory]
    [InlineData("110101")]
    [InlineData("150626")]
    [InlineData("460100")]
    [InlineData("650101")]
    [InlineData("710000")]
    [InlineData("810000")]
    [InlineData("820000")]
    public void AnIdNumberFromAnyProvinceIsAccepted(string address) =>
        Assert.True(ResidentIdNumber.TryParse(ResidentIdNumber.Compose(address, new DateOnly(1980, 5, 1), 1, Gender.Female), out _, out _));
}
