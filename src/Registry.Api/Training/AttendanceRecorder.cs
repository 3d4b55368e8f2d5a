using Registry.Api.Schema;
using Registry.Data.Training;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// Checks a session's attendance all or nothing and stages the records for <see cref="RecordAttendance"/>. Every line
/// is checked and every bad one reported with its index (field <c>["attendees", i, field]</c>); mediators, their
/// appointments and existing records are loaded in a few set-based commands whatever the number of lines. Whether an
/// attendee may be credited is the domain's rule (<see cref="TrainingSession.RefusalOf"/>). Recording a mediator again
/// replaces the record. Nothing is saved here: the use case runner saves, and the attendees' credits are recounted
/// after it (<see cref="TrainingCredits"/>), in the same transaction.
/// </summary>
public sealed class AttendanceRecorder(RegistryDbContext db)
{
    public const int MaxAttendees = 1000;
    public const string Field = "attendees";

    public async Task<AttendanceResult> RecordAsync(TrainingSession session, IReadOnlyList<AttendeeInput> lines, CancellationToken ct)
    {
        if (session.IsCancelled)
            throw new DomainException("sessionId", ErrorCodes.InvalidState, $"The session was cancelled on {session.CancelledOn:yyyy-MM-dd}; it takes no attendance.");
        if (lines.Count == 0) throw new DomainException(Field, ErrorCodes.Required, "attendees must name at least one attendee.");
        if (lines.Count > MaxAttendees)
            throw new DomainException(Field, ErrorCodes.OutOfRange, $"At most {MaxAttendees} attendees per call; split the sheet.");

        var errors = new List<DomainError>();
        void Fail(int i, string field, string code, string message) => errors.Add(new DomainError([Field, i.ToString(), field], code, message));

        var parsed = new (long? Id, string? IdNumber, int Minutes, AttendanceStatus Status)?[lines.Count];
        for (var i = 0; i < lines.Count; i++) parsed[i] = Parse(session, lines[i], i, Fail);

        var ids = parsed.Where(p => p?.Id is not null).Select(p => p!.Value.Id!.Value).Distinct().ToList();
        var idNumbers = parsed.Where(p => p?.IdNumber is not null).Select(p => p!.Value.IdNumber!).Distinct().ToList();
        var mediators = await db.Mediators.Where(m => ids.Contains(m.Id) || idNumbers.Contains(m.IdNumber)).ToListAsync(ct);
        var byId = mediators.ToDictionary(m => m.Id);
        var byIdNumber = mediators.ToDictionary(m => m.IdNumber);

        var resolved = new Mediator?[lines.Count];
        var firstRow = new Dictionary<long, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (parsed[i] is not { } p) continue;
            Mediator? byKey = null, byNumber = null;
            if (p.Id is { } id && !byId.TryGetValue(id, out byKey))
            { Fail(i, "mediatorId", ErrorCodes.NotFound, $"No mediator has the ID '{lines[i].MediatorId}'."); continue; }
            if (p.IdNumber is { } number && !byIdNumber.TryGetValue(number, out byNumber))
            { Fail(i, "idNumber", ErrorCodes.NotFound, $"No mediator is registered with the ID number {ResidentIdNumber.Mask(number)}."); continue; }
            if (byKey is not null && byNumber is not null && byKey.Id != byNumber.Id)
            { Fail(i, "idNumber", ErrorCodes.Conflict, "mediatorId and idNumber name two different mediators."); continue; }
            var mediator = byKey ?? byNumber!;
            if (lines[i].Name is { } given && given.Trim().Length == 0)
            { Fail(i, "name", ErrorCodes.Required, "The name is missing; the sheet must give the name registered with the ID number."); continue; }
            if (lines[i].Name is { } name && name.Trim() != mediator.Name)
            { Fail(i, "name", ErrorCodes.Conflict, $"The name '{name.Trim()}' does not match the name registered with this ID number; check both against the sign-in sheet."); continue; }
            if (!firstRow.TryAdd(mediator.Id, i))
            { Fail(i, p.Id is null ? "idNumber" : "mediatorId", ErrorCodes.Duplicate, $"{mediator.Name} is already listed at index {firstRow[mediator.Id]}; list each attendee once."); continue; }
            resolved[i] = mediator;
        }

        var found = firstRow.Keys.ToList();
        var refusals = await RefusalsAsync(session, found, mediators, ct);
        foreach (var (id, reason) in refusals)
        {
            var i = firstRow[id];
            Fail(i, lines[i].MediatorId is null ? "idNumber" : "mediatorId", ErrorCodes.InvalidState, reason);
            resolved[i] = null;
        }
        if (errors.Count > 0) throw new DomainException(errors.OrderBy(e => int.Parse(e.Field[1])).ToList());

        var existing = await db.Attendances.Where(a => a.SessionId == session.Id && found.Contains(a.MediatorId)).ToDictionaryAsync(a => a.MediatorId, ct);
        var recorded = new List<Attendance>(lines.Count);
        var updated = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var p = parsed[i]!.Value;
            var mediator = resolved[i]!;
            if (existing.TryGetValue(mediator.Id, out var attendance))
            {
                attendance.Change(session, p.Status, p.Minutes);
                updated++;
            }
            else
            {
                attendance = Attendance.Record(session, mediator.Id, p.Status, p.Minutes);
                db.Attendances.Add(attendance);
            }
            recorded.Add(attendance);
        }
        return new AttendanceResult(session, recorded, recorded.Count - updated, updated);
    }

    private static (long? Id, string? IdNumber, int Minutes, AttendanceStatus Status)? Parse(
        TrainingSession session, AttendeeInput line, int i, Action<int, string, string, string> fail)
    {
        var ok = true;
        long? id = null;
        string? idNumber = null;
        if (string.IsNullOrWhiteSpace(line.MediatorId) && string.IsNullOrWhiteSpace(line.IdNumber))
        {
            fail(i, "idNumber", ErrorCodes.Required, "Give the attendee's mediatorId or idNumber.");
            ok = false;
        }
        if (!string.IsNullOrWhiteSpace(line.MediatorId))
        {
            try { id = GlobalId.DecodeKey(line.MediatorId, "Mediator", "mediatorId"); }
            catch (DomainException e) { fail(i, "mediatorId", e.Errors[0].Code, e.Errors[0].Message); ok = false; }
        }
        if (!string.IsNullOrWhiteSpace(line.IdNumber))
        {
            if (ResidentIdNumber.TryParse(line.IdNumber.Trim(), out var number, out var reason)) idNumber = number!.Value;
            else { fail(i, "idNumber", ErrorCodes.Invalid, $"Not a valid resident ID number: {reason}"); ok = false; }
        }
        var status = line.Status ?? AttendanceStatus.Attended;
        var guard = new Guard();
        var minutes = TrainingHours.ToMinutes(guard, "hours", line.Hours);
        foreach (var e in guard.Errors) { fail(i, "hours", e.Code, e.Message); ok = false; }
        var credited = 0;
        if (guard.Errors.Count == 0)
        {
            try { credited = Attendance.Credit(session, status, minutes, "hours"); }
            catch (DomainException e) { fail(i, e.Errors[0].Field[0], e.Errors[0].Code, e.Errors[0].Message); ok = false; }
        }
        return ok ? (id, idNumber, credited, status) : null;
    }

    /// <summary>Why each of <paramref name="mediators"/> may not attend <paramref name="session"/>, for those who may not.</summary>
    private async Task<Dictionary<long, string>> RefusalsAsync(TrainingSession session, List<long> ids, IEnumerable<Mediator> mediators,
        CancellationToken ct)
    {
        var appointments = (await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.MediatorId)).ToListAsync(ct))
            .ToLookup(a => a.MediatorId);
        var committeeIds = appointments.SelectMany(g => g).Select(a => a.CommitteeId).Distinct().ToList();
        var committees = await db.Committees.AsNoTracking().Where(c => committeeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var refusals = new Dictionary<long, string>();
        foreach (var mediator in mediators.Where(m => ids.Contains(m.Id)))
            if (session.RefusalOf(mediator.Name, appointments[mediator.Id], committees) is { } reason) refusals[mediator.Id] = reason;
        return refusals;
    }
}
