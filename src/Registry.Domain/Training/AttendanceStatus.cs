namespace Registry.Domain.Training;

/// <summary>How a mediator took part in a session. Only ATTENDED and PARTIAL credit hours.</summary>
public enum AttendanceStatus
{
    /// <summary>Took the whole session; credited the session's hours unless fewer are given.</summary>
    Attended,
    /// <summary>Took part of it; credited the hours given, which must be fewer than the session's.</summary>
    Partial,
    /// <summary>Expected but did not come; credits nothing.</summary>
    Absent,
    /// <summary>Excused from it (请假); credits nothing.</summary>
    Excused,
}
