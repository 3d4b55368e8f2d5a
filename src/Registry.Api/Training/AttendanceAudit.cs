using Registry.Api.Auditing;
using Registry.Api.Schema;

namespace Registry.Api.Training;

/// <summary>One audit entry per attendance batch (up to 1,000 rows): the session, and how many records were made or changed.</summary>
internal static class AttendanceAudit
{
    public static AuditSummary Of(AttendanceResult result) => new("Attendance", _ => result.Session.RegionCode, new
    {
        sessionId = GlobalId.Encode("TrainingSession", result.Session.Id),
        created = result.Created,
        updated = result.Updated,
        mediatorIds = result.Attendances.Select(a => GlobalId.Encode("Mediator", a.MediatorId)).ToList(),
    });
}
