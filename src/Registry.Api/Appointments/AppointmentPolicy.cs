using Registry.Domain.Committees;

namespace Registry.Api.Appointments;

/// <summary>An appointment must fall within the committee's life.</summary>
internal static class AppointmentPolicy
{
    public static void CheckCommitteeServes(Committee committee, DateOnly start, DateOnly? end)
    {
        if (start < committee.EstablishedOn)
            throw new DomainException("startDate", ErrorCodes.OutOfRange, $"startDate must not be before the committee was established ({committee.EstablishedOn:yyyy-MM-dd}).");
        if (committee.DissolvedOn is { } dissolved && (start > dissolved || end is null || end > dissolved))
            throw new DomainException(start > dissolved ? "startDate" : "endDate", ErrorCodes.OutOfRange,
                $"The committee was dissolved on {dissolved:yyyy-MM-dd}; an appointment must end by then.");
    }
}
