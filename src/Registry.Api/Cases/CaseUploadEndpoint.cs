using Registry.Api.Access;
using Microsoft.Extensions.Options;
using Registry.Api.Auditing;
using Registry.Api.Hosting;
using Registry.Api.Http;
using Registry.Api.Schema.Mutations;
using Registry.Domain.Access;

namespace Registry.Api.Cases;

/// <summary>
/// <c>POST /imports/cases?sourcePlatform=…</c>: a case sheet as the body (<c>text/csv</c>, or the XLSX media type) or as
/// the multipart field <c>file</c> (.csv or .xlsx; <c>sourcePlatform</c> may also be a form field). The same checks as
/// <c>importCases</c>, all or nothing. Answers JSON <c>{ created, updated, errors: [{ row, field, code, message }] }</c>,
/// where row is the sheet's row number (header = 1): 200 when imported, 422 when refused (the first
/// <see cref="Uploads.MaxListedErrors"/> errors and <c>errorCount</c>), 400 when unreadable, 413 when too large.
/// </summary>
public static class CaseUploadEndpoint
{
    public const string Path = "/imports/cases";

    public static IEndpointRouteBuilder MapCaseUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, RegistryDbContext db, CaseImporter importer, TimeProvider clock,
        IOptions<LimitOptions> limits, ILogger<CaseImporter> logger, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsSignedIn)
            return Rejected(StatusCodes.Status401Unauthorized, new SheetError(null, null, ErrorCodes.Unauthenticated, "Send a bearer token to import cases."));
        if (!caller.Can(Permission.ImportCases))
            return Rejected(StatusCodes.Status403Forbidden, new SheetError(null, null, ErrorCodes.Forbidden, $"Importing cases needs BUREAU_ADMIN or FINANCE_CLERK; yours is {caller.RoleName}."));
        var platform = http.Request.Query["sourcePlatform"].FirstOrDefault();
        var (upload, refusal) = await Uploads.ReadAsync(http.Request, limits.Value.MaxUploadBytes, ct);
        if (refusal is not null) return Rejected(refusal);
        platform ??= upload!.Form?["sourcePlatform"].FirstOrDefault();
        if (platform is not null && Domain.Common.PlainText.Problem(platform) is { } unreadable)
            return Rejected(StatusCodes.Status400BadRequest, new SheetError(null, "sourcePlatform", ErrorCodes.Invalid, $"sourcePlatform {unreadable}."));
        if (upload!.Form is null && !upload.IsXlsx && !upload.IsCsv)
            return Rejected(StatusCodes.Status415UnsupportedMediaType, new SheetError(null, null, ErrorCodes.Invalid, $"Send text/csv, {Upload.XlsxMediaType} or multipart/form-data."));
        if (upload.IsXlsx && WorkbookArchive.Problem(upload.Content, limits.Value.MaxWorkbookUncompressedBytes) is { } bomb) return Rejected(bomb);
        List<SheetRow> rows;
        List<SheetError> errors;
        try
        {
            using var body = new MemoryStream(upload.Content, writable: false);
            (rows, errors) = upload.IsXlsx ? CaseSheetReader.ReadXlsx(body) : CaseSheetReader.ReadCsv(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not e.Message: ClosedXML's are about its insides ("Object reference not set…"), no help to whoever sent the file.
            logger.LogWarning(e, "An uploaded case sheet could not be read");
            return Rejected(StatusCodes.Status400BadRequest, new SheetError(null, "file", ErrorCodes.Invalid,
                upload.IsXlsx ? "The workbook could not be read; open it in a spreadsheet program and save it again as .xlsx (or as .csv)."
                              : "The CSV sheet could not be read; save it again as CSV (UTF-8)."));
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

    private static IResult Rejected(UploadRefusal refusal) =>
        Rejected(refusal.Status, new SheetError(null, refusal.Field, refusal.Code, refusal.Message));

    /// <summary>The first <see cref="Uploads.MaxListedErrors"/> errors, and how many there are.</summary>
    private static IResult Rejected(int status, params SheetError[] errors) =>
        Results.Json(new { created = (int?)null, updated = (int?)null, errors = errors.Take(Uploads.MaxListedErrors), errorCount = errors.Length },
            statusCode: status);
}
