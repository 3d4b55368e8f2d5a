using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>One attendee as a client or a sign-in sheet gives it; <see cref="Name"/> only comes from sheets.</summary>
public sealed class AttendeeInput
{
    public string? MediatorId { get; set; }
    public string? IdNumber { get; set; }
    /// <summary>The name written on the sheet, checked against the one registered with the ID number.</summary>
    public string? Name { get; set; }
    public decimal? Hours { get; set; }
    public AttendanceStatus? Status { get; set; }
}
