using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>
/// The training rules in raw SQL, each the SQL form of one domain rule, written once here. Tests evaluate the domain
/// rule in C# over a roster and check these agree on both databases.
/// </summary>
public static class TrainingSql
{
    /// <summary>
    /// Credited attendances <c>x</c> joined to their sessions <c>s</c> (<see cref="Attendance.IsCreditedAt"/>): minutes
    /// credited, session not cancelled.
    /// </summary>
    public const string CreditedAttendances =
        "attendances x JOIN training_sessions s ON s.id = x.session_id AND x.minutes > 0 AND s.cancelled_on IS NULL";

    /// <summary>
    /// <see cref="TrainingStanding.IsCompliant"/>, written from <see cref="TrainingStanding.Measures"/>: every measure
    /// met (<see cref="TrainingStanding.Meets"/>: credited reaches required). <paramref name="columns"/> says where the
    /// statement holds each measure's credited and required figure.
    /// </summary>
    public static string Compliant(Func<TrainingLackKind, (string Actual, string Required)> columns) =>
        string.Join(" AND ", TrainingStanding.Measures.Select(measure =>
        {
            var (actual, required) = columns(measure);
            return $"{actual} >= {required}";
        }));
}
