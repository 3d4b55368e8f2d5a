using Microsoft.Extensions.Options;
using Registry.Api.Access;
using Registry.Api.Hosting;
using Registry.Api.Http;
using Registry.Api.Schema;
using Registry.Api.UseCases;

namespace Registry.Api.Training;

/// <summary>
/// <c>POST /imports/training-sessions/{sessionId}/attendance</c>: a sign-in sheet as a <c>text/csv</c> body or as the
/// multipart field <c>file</c>, recorded through the same checks as <c>recordAttendance</c>, all or nothing. Answers
/// 200 with the counts, 422 with one error per bad row (rows numbered as in the sheet; the first
/// <see cref="Uploads.MaxListedErrors"/> and <c>errorCount</c>), 404 for an unknown session, 413 over
/// <c>Limits:MaxUploadBytes</c>, and 401, 403 or 409 (another writer saved first) with the codes GraphQL gives. It runs the same use case as
/// <c>recordAttendance</c> (<see cref="RecordAttendance"/>) through the same runner.
/// </summary>
public static class AttendanceImportEndpoint
{
    public const string Route = "/imports/training-sessions/{sessionId}/attendance";

    public static IEndpointRouteBuilder MapAttendanceImport(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(string sessionId, HttpRequest request, UseCaseRunner runner, RecordAttendance recordAttendance,
        IOptions<LimitOptions> limits, CancellationToken ct)
    {
        var caller = Caller.From(request.HttpContext.User);
        if (UseCaseRunner.Refusal(caller, recordAttendance.Permission) is { } refused) return Refused([refused]);
        var (upload, refusal) = await Uploads.ReadAsync(request, limits.Value.MaxUploadBytes, ct);
        if (refusal is not null)
            return Results.Json(new { errors = new[] { SheetError.Of(refusal.Field, refusal.Code, refusal.Message) } }, statusCode: refusal.Status);
        if (upload!.Content.Length == 0)
            return Results.BadRequest(new { errors = new[] { SheetError.Of("file", ErrorCodes.Required, "Send the sheet as a text/csv body or as the multipart field 'file'.") } });
        var sheet = AttendanceSheet.Read(upload.Content);
        if (sheet.Errors.Any(e => e.Row == 1)) return Failed(sheet, sheet.Errors);

        // Cells that could not be read go into the command, so they are reported with whatever else is wrong with the
        // sheet, and nothing is written.
        var input = new RecordAttendanceInput
        {
            SessionId = sessionId,
            Attendees = sheet.Lines,
            InputErrors = sheet.CellErrors(),
        };
        var result = await runner.RunAsync(recordAttendance, input, caller, "uploadAttendance", ct);
        if (!result.Succeeded)
        {
            var status = StatusOf(result.Errors);
            return status == StatusCodes.Status422UnprocessableEntity
                ? Failed(sheet, result.Errors.Select(e => ToSheet(e, sheet)))
                : Results.Json(new { errors = result.Errors.Select(e => ToSheet(e, sheet)) }, statusCode: status);
        }
        var recorded = result.Value!;
        return Results.Ok(new
        {
            sessionId = GlobalId.Encode("TrainingSession", recorded.Session.Id),
            recorded = recorded.Attendances.Count,
            created = recorded.Created,
            updated = recorded.Updated,
            errors = Array.Empty<SheetError>(),
        });
    }

    /// <summary>An attendee's error (field <c>["attendees", index, field]</c>) at the sheet row it was read from.</summary>
    private static SheetError ToSheet(DomainError e, AttendanceSheet sheet) =>
        e.Field is [AttendanceRecorder.Field, var index, var field] && int.TryParse(index, out var i) && i < sheet.Rows.Count
            ? new SheetError(sheet.Rows[i], null, field, e.Code, e.Message)
            : SheetError.Of(string.Join('.', e.Field), e.Code, e.Message);

    /// <summary>The first <see cref="Uploads.MaxListedErrors"/> errors, and how many there are.</summary>
    private static IResult Failed(AttendanceSheet sheet, IEnumerable<SheetError> errors)
    {
        var all = errors.ToList();
        return Results.UnprocessableEntity(new
        {
            recorded = 0,
            errors = all.Take(Uploads.MaxListedErrors)
                .Select(e => e.Row is null || e.Field is null ? e : e with { Column = e.Column ?? sheet.ColumnOf(e.Field) }).ToList(),
            errorCount = all.Count,
        });
    }

    /// <summary>
    /// A sheet with a bad row is refused as a whole (422), whatever the row's error; otherwise the runner's status. The
    /// session is named by the path, so a session ID that cannot name one is a missing resource like an unknown one.
    /// </summary>
    private static int StatusOf(IReadOnlyList<DomainError> errors) =>
        errors.Any(e => e.Field is [AttendanceRecorder.Field, _, ..]) ? StatusCodes.Status422UnprocessableEntity
        : errors is [{ Field: ["sessionId"], Code: ErrorCodes.Invalid }] ? StatusCodes.Status404NotFound
        : UseCaseHttpResults.StatusOf(errors);

    private static IResult Refused(IReadOnlyList<DomainError> errors) =>
        Results.Json(new { errors = errors.Select(e => SheetError.Of(string.Join('.', e.Field), e.Code, e.Message)) },
            statusCode: UseCaseHttpResults.StatusOf(errors));
}
