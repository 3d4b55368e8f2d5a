namespace Registry.Domain.Appointments;

public enum AppointmentRole
{
    /// <summary>主任.</summary>
    Chair,
    /// <summary>副主任.</summary>
    ViceChair,
    /// <summary>委员 / 调解员.</summary>
    Member,
}
