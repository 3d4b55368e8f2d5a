using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>What <see cref="RecordAttendance"/> stored: the records in input order, and how many were new.</summary>
public sealed record AttendanceResult(TrainingSession Session, IReadOnlyList<Attendance> Attendances, int Created, int Updated);
