namespace Registry.Api.Appointments;

/// <summary>The command of <see cref="EndAppointment"/>.</summary>
public sealed class EndAppointmentInput
{
    public string? AppointmentId { get; set; }
    public DateOnly EndDate { get; set; }
}
