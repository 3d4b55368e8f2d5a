namespace Registry.Api.Training;

/// <summary>The command of <see cref="RecordAttendance"/>, bound from <c>RecordAttendanceInput</c> or read from a sign-in sheet.</summary>
public sealed class RecordAttendanceInput
{
    public string? SessionId { get; set; }
    public List<AttendeeInput>? Attendees { get; set; }

    /// <summary>
    /// Faults the transport already found in the attendees (a sheet's unreadable cells), field
    /// <c>["attendees", index, field]</c>. They are reported with whatever else is wrong, and nothing is recorded. Not a
    /// GraphQL field: GraphQL rejects such input before it gets here.
    /// </summary>
    public List<DomainError> InputErrors { get; set; } = [];
}
