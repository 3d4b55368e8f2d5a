using Registry.Domain.Access;
using Registry.Domain.Common;

namespace Registry.Domain.Tests.Access;

/// <summary>Every refusal is worded by <see cref="AccessRules"/> from its table of roles, whatever the transport.</summary>
public sealed class AccessRefusals
{
    [Fact]
    public void ARoleWithoutThePermissionIsToldWhichRolesHaveIt() =>
        Assert.Equal(new AccessRefusal(ErrorCodes.Forbidden, "Scheduling training and recording attendance needs BUREAU_ADMIN or TRAINING_ORGANISER; yours is VIEWER."),
            AccessRules.WhyNot(Role.Viewer, "5107", Permission.ManageTraining));

    [Fact]
    public void ThreeRolesAreListedWithCommasAndAnOr() =>
        Assert.Equal("Reading reports needs a bearer token for BUREAU_ADMIN, TRAINING_ORGANISER, FINANCE_CLERK, FINANCE_APPROVER or VIEWER.",
            AccessRules.WhyNot(null, null, Permission.ReadReports)!.Message);

    [Fact]
    public void ARegionOutsideTheJurisdictionIsRefusedAndOneInsideIsNot()
    {
        Assert.Equal(new AccessRefusal(ErrorCodes.Forbidden, "Region 22 is outside your jurisdiction (220102)."),
            AccessRules.WhyNot(Role.BureauAdmin, "220102", Permission.ReadReports, "22"));
        Assert.Null(AccessRules.WhyNot(Role.BureauAdmin, "220102", Permission.ReadReports, "220102001"));
        Assert.Null(AccessRules.WhyNot(Role.Viewer, AccessRules.Nationwide, Permission.ReadReports, "22"));
    }

    [Theory]
    // Never appointed: the registering region covers them; registered nationwide (null), only CN does.
    [InlineData("220102", new string[0], "220102", true)]
    [InlineData("2201", new string[0], "220102", true)]
    [InlineData("220103", new string[0], "220102", false)]
    [InlineData("220102", new string[0], null, false)]
    [InlineData("CN", new string[0], null, true)]
    // Appointed: the committees' regions decide, and the registering bureau no longer covers one appointed elsewhere.
    [InlineData("220102", new[] { "130102" }, "220102", false)]
    [InlineData("130102", new[] { "130102" }, "220102", true)]
    [InlineData("220102", new[] { "130102", "220102001" }, "220102", true)]
    public void AMediatorBelongsToTheRegisteringRegionUntilAppointed(string jurisdiction, string[] appointmentRegions, string? registeringRegion, bool covered) =>
        Assert.Equal(covered, AccessRules.CoversMediator(jurisdiction, appointmentRegions, registeringRegion));

    [Fact]
    public void AnUncoveredMediatorIsRefusedWithTheReason()
    {
        Assert.Equal("The mediator has no appointment and was registered in 220102, outside your jurisdiction (220103).",
            AccessRules.WhyNotForMediator(Role.BureauAdmin, "220103", Permission.ManageRoster, [], "220102")!.Message);
        Assert.Equal("The mediator serves no committee inside your jurisdiction (220102).",
            AccessRules.WhyNotForMediator(Role.BureauAdmin, "220102", Permission.ManageRoster, ["130102"], "220102")!.Message);
        Assert.Null(AccessRules.WhyNotForMediator(Role.BureauAdmin, "22", Permission.ReadPersonalData, [], "220102"));
    }

    [Fact]
    public void EveryPermissionCanBeRefusedInWords()
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.False(string.IsNullOrWhiteSpace(AccessRules.Describe(permission)));
            Assert.NotNull(AccessRules.WhyNot(Role.Viewer, "44", permission) ?? AccessRules.WhyNot(null, null, permission));
        }
    }
}
