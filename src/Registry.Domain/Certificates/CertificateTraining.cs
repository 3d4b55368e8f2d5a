using Registry.Domain.Common;
using Registry.Domain.Training;

namespace Registry.Domain.Certificates;

/// <summary>
/// The training a certificate needs, from the training requirement governing the issuer's region on the day
/// (<see cref="TrainingRequirementResolver"/>): a first certificate needs the pre-service hours (岗前培训) credited by
/// the issue date; a renewal needs the yearly hours for every whole year of the validity being closed (at least one),
/// credited from its start to the renewal date.
/// </summary>
public static class CertificateTraining
{
    public static void RequirePreService(GoverningRequirement requirement, int creditedMinutes, DateOnly issuedOn)
    {
        var required = requirement.PreServiceMinutes;
        if (creditedMinutes >= required) return;
        throw new DomainException("issuedOn", ErrorCodes.InvalidState,
            $"A first certificate needs {TrainingHours.ToHours(required)} h of pre-service training (岗前培训) by {issuedOn:yyyy-MM-dd}" +
            $" ({requirement.PreServiceSource?.Title}); {TrainingHours.ToHours(creditedMinutes)} h are recorded, {TrainingHours.ToHours(required - creditedMinutes)} h are missing.");
    }

    /// <summary>Whole years from <paramref name="validFrom"/> to <paramref name="renewedOn"/>, at least one.</summary>
    public static int YearsOfValidity(DateOnly validFrom, DateOnly renewedOn) =>
        Math.Max(1, Grading.GradeCriterion.WholeYears(validFrom, renewedOn.AddDays(1)));

    public static void RequireForRenewal(GoverningRequirement requirement, int creditedMinutes, DateOnly validFrom, DateOnly renewedOn)
    {
        var years = YearsOfValidity(validFrom, renewedOn);
        var required = requirement.MinMinutesPerYear * years;
        if (creditedMinutes >= required) return;
        throw new DomainException("renewedOn", ErrorCodes.InvalidState,
            $"A renewal needs {TrainingHours.ToHours(required)} h of training over the validity {validFrom:yyyy-MM-dd} to {renewedOn:yyyy-MM-dd}" +
            $" ({TrainingHours.ToHours(requirement.MinMinutesPerYear)} h a year for {years} year(s), {requirement.HoursSource?.Title});" +
            $" {TrainingHours.ToHours(creditedMinutes)} h are recorded, {TrainingHours.ToHours(required - creditedMinutes)} h are missing.");
    }
}
