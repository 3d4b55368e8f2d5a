using Registry.Api.Auditing;
using Registry.Api.UseCases;
using Registry.Data.Training;
using Registry.Domain.Access;

namespace Registry.Api.Training;

/// <summary>
/// Records a session's attendance, all or nothing: for the <c>recordAttendance</c> mutation and the sign-in sheet upload
/// alike. The session's row is locked first, so attendance and hours change one writer at a time; the attendees'
/// credits for the session's year are recounted after saving, and the batch is audited as one entry.
/// </summary>
public sealed class RecordAttendance : IUseCase<RecordAttendanceInput, AttendanceResult>, IAfterSave<AttendanceResult>,
    IBulkAudited<AttendanceResult>
{
    public Permission Permission => Permission.ManageTraining;

    public async Task<AttendanceResult> HandleAsync(RecordAttendanceInput input, UseCaseContext context, CancellationToken ct)
    {
        try
        {
            var session = await context.Db.FindSessionForUpdateAsync(input.SessionId, ct);
            context.RequireCovers(session.RegionCode, "sessionId");
            var result = await new AttendanceRecorder(context.Db).RecordAsync(session, input.Attendees ?? [], ct);
            if (input.InputErrors.Count > 0) throw new DomainException(input.InputErrors);
            return result;
        }
        catch (DomainException e) when (input.InputErrors.Count > 0)
        {
            throw new DomainException(WithInputErrors(input.InputErrors, e.Errors));
        }
    }

    public Task AfterSaveAsync(RegistryDbContext db, AttendanceResult result, CancellationToken ct) =>
        TrainingCredits.RefreshAsync(db, [result.Session.Date.Year], result.Attendances.Select(a => a.MediatorId), ct);

    public AuditSummary Summarize(AttendanceResult result) => AttendanceAudit.Of(result);

    /// <summary>
    /// The transport's faults with the recorder's, by attendee; an attendee with a fault of its own reports nothing else,
    /// since what was read of it is incomplete.
    /// </summary>
    private static List<DomainError> WithInputErrors(List<DomainError> inputErrors, IReadOnlyList<DomainError> found)
    {
        var faulty = inputErrors.Select(Index).ToHashSet();
        var others = found.Where(e => !inputErrors.Contains(e) && (Index(e) is not { } i || !faulty.Contains(i)));
        return [.. inputErrors.Concat(others).OrderBy(e => Index(e) ?? -1)];
    }

    private static int? Index(DomainError e) =>
        e.Field is [AttendanceRecorder.Field, var index, ..] && int.TryParse(index, out var i) ? i : null;
}
