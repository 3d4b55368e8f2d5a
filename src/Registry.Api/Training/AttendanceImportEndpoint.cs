using Microsoft.Extensions.Options;
using Registry.Api.Access;
using Registry.Api.Hosting;
using Registry.Api.Http;
using Registry.Domain.Access;
using Registry.Api.Schema;

namespace Registry.Api.Training;

/// <summary>
/// <c>POST /imports/training-sessions/{sessionId}/attendance</c>: a sign-in sheet as a <c>text/csv</c> body or as the
/// multipart field <c>file</c>, recorded through the same checks as <c>recordAttendance</c>, all or nothing. Answers
/// 200 with the counts, 422 with one error per bad row (rows numbered as in the sheet; the first
/// <see cref="Uploads.MaxListedErrors"/> and <c>errorCount</c>), 404 for an unknown session, 413 over <c>Limits:MaxUploadBytes</c>.
/// </summary>
public static class AttendanceImportEndpoint
{
    public const string Route = "/imports/training-sessions/{sessionId}/attendance";

    public static IEndpointRouteBuilder MapAttendanceImport(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(string sessionId, HttpRequest request, RegistryDbContext db, TimeProvider clock,
        IOptions<LimitOptions> limits, CancellationToken ct)
    {
        var caller = Caller.From(request.HttpContext.User);
        if (!caller.IsSignedIn)
            return Results.Json(new { errors = new[] { new SheetError(0, "", ErrorCodes.Unauthenticated, "Send a bearer token to record attendance.") } }, statusCode: StatusCodes.Status401Unauthorized);
        if (!caller.Can(Permission.ManageTraining))
            return Results.Json(new { errors = new[] { new SheetError(0, "", ErrorCodes.Forbidden, $"Recording attendance needs TRAINING_ORGANISER or BUREAU_ADMIN; yours is {caller.RoleName}.") } }, statusCode: StatusCodes.Status403Forbidden);
        var (upload, refusal) = await Uploads.ReadAsync(request, limits.Value.MaxUploadBytes, ct);
        if (refusal is not null)
            return Results.Json(new { errors = new[] { new SheetError(0, refusal.Field, refusal.Code, refusal.Message) } }, statusCode: refusal.Status);
        if (upload!.Content.Length == 0)
            return Results.BadRequest(new { errors = new[] { new SheetError(0, "file", ErrorCodes.Required, "Send the sheet as a text/csv body or as the multipart field 'file'.") } });
        var sheet = AttendanceSheet.Read(upload.Content);
        if (sheet.Errors.Any(e => e.Row == 1)) return Failed(sheet, sheet.Errors);
        // Cells that could not be read are reported with whatever else is wrong with the sheet, and nothing is written.
        var cellErrors = sheet.Errors.ToList();
        var badRows = cellErrors.Select(e => e.Row).ToHashSet();

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var session = await db.FindSessionForUpdateAsync(sessionId, ct);
                if (!caller.Covers(session.RegionCode))
                    return Results.Json(new { errors = new[] { new SheetError(0, "sessionId", ErrorCodes.Forbidden, $"The session's organiser ({session.RegionCode}) is outside your jurisdiction ({caller.Jurisdiction}).") } },
                        statusCode: StatusCodes.Status403Forbidden);
                var result = await new AttendanceRecorder(db).RecordAsync(session, sheet.Lines, ct);
                if (cellErrors.Count > 0) throw new DomainException([]);
                await db.SaveChangesAsync(ct);
                AttendanceAudit.Of(result).Record(db, caller, "uploadAttendance", clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return Results.Ok(new
                {
                    sessionId = GlobalId.Encode("TrainingSession", session.Id),
                    recorded = result.Attendances.Count,
                    created = result.Created,
                    updated = result.Updated,
                    errors = Array.Empty<SheetError>(),
                });
            });
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            if (e.Errors is [{ Field: ["sessionId"], Code: ErrorCodes.NotFound or ErrorCodes.Invalid } notFound])
                return Results.NotFound(new { errors = new[] { new SheetError(0, "sessionId", notFound.Code, notFound.Message) } });
            var recorderErrors = e.Errors.Select(error => error.Field is [AttendanceRecorder.Field, var index, var field]
                ? new SheetError(sheet.Rows[int.Parse(index)], field, error.Code, error.Message)
                : new SheetError(0, error.Field[0], error.Code, error.Message));
            return Failed(sheet, cellErrors.Concat(recorderErrors.Where(r => !badRows.Contains(r.Row))).OrderBy(r => r.Row));
        }
    }

    /// <summary>The first <see cref="Uploads.MaxListedErrors"/> errors, and how many there are.</summary>
    private static IResult Failed(AttendanceSheet sheet, IEnumerable<SheetError> errors)
    {
        var all = errors.ToList();
        return Results.UnprocessableEntity(new
        {
            recorded = 0,
            errors = all.Take(Uploads.MaxListedErrors).Select(e => e with { Column = e.Field is null ? null : sheet.ColumnOf(e.Field) }).ToList(),
            errorCount = all.Count,
        });
    }
}
