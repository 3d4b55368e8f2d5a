using Registry.Api.Access;
using Registry.Api.Auditing;
using Registry.Api.Schema.Mutations;
using Registry.Domain.Access;

namespace Registry.Api.Cases;

/// <summary>
/// <c>POST /imports/cases?sourcePlatform=…</c>: a case sheet as the body (<c>text/csv</c>, or the XLSX media type) or as
/// the multipart field <c>file</c> (.csv or .xlsx; <c>sourcePlatform</c> may also be a form field). The same checks as
/// <c>importCases</c>, all or nothing. Answers JSON <c>{ created, updated, errors: [{ row, field, code, message }] }</c>,
/// where row is the sheet's row number (header = 1): 200 when imported, 422 when refused, 400 when unreadable.
/// </summary>
public static class CaseUploadEndpoint
{
    public const string Path = "/imports/cases";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapCaseUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, RegistryDbContext db, CaseImporter importer, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsSignedIn)
            return Rejected(StatusCodes.Status401Unauthorized, new SheetError(null, null, ErrorCodes.Unauthenticated, "Send a bearer token to import cases."));
        if (!caller.Can(Permission.ImportCases))
            return Rejected(StatusCodes.Status403Forbidden, new SheetError(null, null, ErrorCodes.Forbidden, caller.Refusal(null, Permission.ImportCases)!.Message));
        var platform = http.Request.Query["sourcePlatform"].FirstOrDefault();
        List<SheetRow> rows;
        List<SheetError> errors;
        try
        {
            Stream body;
            bool xlsx;
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(ct);
                platform ??= form["sourcePlatform"].FirstOrDefault();
                var file = form.Files.GetFile("file");
                if (file is null) return Rejected(StatusCodes.Status400BadRequest, new SheetError(null, "file", ErrorCodes.Required, "Send the sheet as the form field 'file'."));
                xlsx = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.ContentType.StartsWith(Xlsx, StringComparison.OrdinalIgnoreCase);
                body = new MemoryStream();
                await file.CopyToAsync(body, ct);
            }
            else
            {
                var type = http.Request.ContentType ?? "";
                xlsx = type.StartsWith(Xlsx, StringComparison.OrdinalIgnoreCase);
                if (!xlsx && !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
                    return Rejected(StatusCodes.Status415UnsupportedMediaType, new SheetError(null, null, ErrorCodes.Invalid, $"Send text/csv, {Xlsx} or multipart/form-data."));
                body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, ct);
            }
            body.Position = 0;
            (rows, errors) = xlsx ? CaseSheetReader.ReadXlsx(body) : CaseSheetReader.ReadCsv(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Rejected(StatusCodes.Status400BadRequest, new SheetError(null, "file", ErrorCodes.Invalid, "The sheet could not be read: " + e.Message));
        }
        if (errors.Count > 0) return Rejected(StatusCodes.Status422UnprocessableEntity, errors.ToArray());

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var result = await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var imported = await importer.ImportAsync(db, platform, rows.Select(r => r.Row).ToList(), ct, "rows", caller.Covers);
                await db.SaveChangesAsync(ct);
                new AuditSummary("CaseImport", c => c.Jurisdiction, imported).Record(db, caller, "uploadCases", clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return imported;
            });
            return Results.Json(new { created = result.Created, updated = result.Updated, errors = Array.Empty<SheetError>() });
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return Rejected(StatusCodes.Status422UnprocessableEntity, e.Errors.Select(x => ToSheet(x, rows)).ToArray());
        }
        catch (DbUpdateException e) when (UniqueViolation.Matches(e))
        {
            return Rejected(StatusCodes.Status409Conflict, new SheetError(null, null, ErrorCodes.Conflict, "Another import saved the same cases first; send the sheet again."));
        }
    }

    /// <summary>Maps the importer's field ["rows", index, field…] to the sheet's row number and field.</summary>
    private static SheetError ToSheet(DomainError e, List<SheetRow> rows) =>
        e.Field is ["rows", var index, ..] && int.TryParse(index, out var i) && i < rows.Count
            ? new SheetError(rows[i].Number, string.Join('.', e.Field.Skip(2)), e.Code, e.Message)
            : new SheetError(null, string.Join('.', e.Field), e.Code, e.Message);

    private static IResult Rejected(int status, params SheetError[] errors) =>
        Results.Json(new { created = (int?)null, updated = (int?)null, errors }, statusCode: status);
}
