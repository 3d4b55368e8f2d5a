using Registry.Domain.Common;

namespace Registry.Domain.Training;

/// <summary>
/// One mediator's attendance at one session, with the minutes it credits. There is at most one per session and
/// mediator: recording again replaces it, so a sheet uploaded twice never credits twice.
/// </summary>
public class Attendance : Entity
{
    private Attendance() { }

    public long SessionId { get; private set; }
    public long MediatorId { get; private set; }
    public AttendanceStatus Status { get; private set; }
    /// <summary>Minutes credited: 0 unless ATTENDED or PARTIAL, never more than the session's.</summary>
    public int Minutes { get; private set; }

    public decimal Hours => TrainingHours.ToHours(Minutes);

    /// <summary>
    /// Whether this record counts towards the mediator's year (the year of the session's date): it credits minutes and
    /// the session was not cancelled. A practical session (<see cref="TrainingSession.IsPractical"/>) so attended counts
    /// as one practical session. The database keeps these sums per mediator and year (Registry.Data's TrainingCredits).
    /// </summary>
    public bool IsCreditedAt(TrainingSession session) => Minutes > 0 && !session.IsCancelled;

    public static Attendance Record(TrainingSession session, long mediatorId, AttendanceStatus status, int? minutes)
    {
        var attendance = new Attendance { SessionId = session.Id, MediatorId = mediatorId };
        attendance.Change(session, status, minutes);
        return attendance;
    }

    /// <summary>Replaces status and credit; <paramref name="minutes"/> null means the whole session for ATTENDED.</summary>
    public void Change(TrainingSession session, AttendanceStatus status, int? minutes)
    {
        var credited = Credit(session, status, minutes, "hours");
        Status = status;
        Minutes = credited;
    }

    /// <summary>The minutes a status and claimed time credit at <paramref name="session"/>, or a field error.</summary>
    public static int Credit(TrainingSession session, AttendanceStatus status, int? minutes, string field)
    {
        switch (status)
        {
            case AttendanceStatus.Attended:
                if (minutes > session.Minutes) throw TooMany(session, field);
                if (minutes is 0)
                    throw new DomainException(field, ErrorCodes.OutOfRange, $"{field} must be more than 0 for ATTENDED; use ABSENT or EXCUSED for someone who did not come.");
                return minutes ?? session.Minutes;
            case AttendanceStatus.Partial:
                if (minutes is null)
                    throw new DomainException(field, ErrorCodes.Required, $"{field} is required for PARTIAL attendance.");
                if (minutes > session.Minutes) throw TooMany(session, field);
                if (minutes is 0)
                    throw new DomainException(field, ErrorCodes.OutOfRange, $"{field} must be more than 0 for PARTIAL attendance.");
                return minutes.Value;
            case AttendanceStatus.Absent or AttendanceStatus.Excused:
                if (minutes is > 0)
                    throw new DomainException(field, ErrorCodes.Conflict, $"{status} attendance credits no hours; leave {field} out or give 0.");
                return 0;
            default:
                throw new DomainException("status", ErrorCodes.Invalid, "status must be ATTENDED, PARTIAL, ABSENT or EXCUSED.");
        }
    }

    private static DomainException TooMany(TrainingSession session, string field) =>
        new(field, ErrorCodes.OutOfRange, $"{field} must not exceed the session's {session.Hours} hours.");
}
