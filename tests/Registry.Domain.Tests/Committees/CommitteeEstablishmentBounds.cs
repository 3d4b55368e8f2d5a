using Registry.Domain.Common;
using Registry.Domain.Committees;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Committees;

/// <summary>A committee is established no earlier than 1949-10-01 and registered at most a year ahead of today.</summary>
public class CommitteeEstablishmentBounds
{
    private static CommitteeDetails EstablishedOn(DateOnly day) => new("南勋村调委会", CommitteeKind.Village, "419001104201", day);

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1949, 9, 30)]
    [InlineData(2027, 11, 24)]
    [InlineData(9999, 12, 31)]
    public void AnEstablishmentDateOutsideTheBoundsIsRefused(int year, int month, int day)
    {
        var error = DomainAssert.FailsWith(() => Committee.Create(EstablishedOn(new DateOnly(year, month, day)), TestToday), "establishedOn", ErrorCodes.OutOfRange);
        Assert.Equal("establishedOn must be between 1949-10-01 and 2027-11-23.", error.Message);
    }

    [Theory]
    [InlineData(1949, 10, 1)]
    [InlineData(2026, 11, 22)]
    [InlineData(2027, 11, 23)] // today + 366 days
    public void TheBoundsThemselvesAreAccepted(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Committee.Create(EstablishedOn(new DateOnly(year, month, day)), TestToday).EstablishedOn);
}
