using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

/// <summary>The command of <see cref="AppointMediator"/>.</summary>
public sealed class AppointMediatorInput
{
    public string? MediatorId { get; set; }
    public string? CommitteeId { get; set; }
    public AppointmentRole Role { get; set; }
    public Employment Employment { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}
