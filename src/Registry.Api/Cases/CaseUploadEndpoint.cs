using Microsoft.Extensions.Options;
using Registry.Api.Access;
using Registry.Api.Hosting;
using Registry.Api.Http;
using Registry.Api.UseCases;

namespace Registry.Api.Cases;

/// <summary>
/// <c>POST /imports/cases?sourcePlatform=…</c>: a case sheet as the body (<c>text/csv</c>, or the XLSX media type) or as
/// the multipart field <c>file</c> (.csv or .xlsx; <c>sourcePlatform</c> may also be a form field). The same checks as
/// <c>importCases</c>, all or nothing: it runs the same use case (<see cref="ImportCases"/>) through the same runner.
/// Answers JSON <c>{ created, updated, errors: [{ row, column, field, code, message }], errorCount }</c>, where row is
/// the sheet's row number (header = 1): 200 when imported, 422 when refused (the first
/// <see cref="Uploads.MaxListedErrors"/> errors and <c>errorCount</c>), 400 when unreadable, 413 when too large, and
/// 401, 403 or 409 (another import saved the same cases first) with the codes GraphQL gives.
/// </summary>
public static class CaseUploadEndpoint
{
    public const string Path = "/imports/cases";

    public static IEndpointRouteBuilder MapCaseUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, UseCaseRunner runner, ImportCases importCases,
        IOptions<LimitOptions> limits, ILogger<ImportCases> logger, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (UseCaseRunner.Refusal(caller, importCases.Permission) is { } refused)
            return Rejected(UseCaseHttpResults.StatusOf([refused]), SheetError.Of(null, refused.Code, refused.Message));
        var platform = http.Request.Query["sourcePlatform"].FirstOrDefault();
        var (upload, refusal) = await Uploads.ReadAsync(http.Request, limits.Value.MaxUploadBytes, ct);
        if (refusal is not null) return Rejected(refusal);
        platform ??= upload!.Form?["sourcePlatform"].FirstOrDefault();
        if (platform is not null && Domain.Common.PlainText.Problem(platform) is { } unreadable)
            return Rejected(StatusCodes.Status400BadRequest, SheetError.Of("sourcePlatform", ErrorCodes.Invalid, $"sourcePlatform {unreadable}."));
        if (upload!.Form is null && !upload.IsXlsx && !upload.IsCsv)
            return Rejected(StatusCodes.Status415UnsupportedMediaType, SheetError.Of(null, ErrorCodes.Invalid, $"Send text/csv, {Upload.XlsxMediaType} or multipart/form-data."));
        if (upload.IsXlsx && WorkbookArchive.Problem(upload.Content, limits.Value.MaxWorkbookUncompressedBytes) is { } bomb) return Rejected(bomb);
        CaseSheet sheet;
        try
        {
            using var body = new MemoryStream(upload.Content, writable: false);
            sheet = upload.IsXlsx ? CaseSheetReader.ReadXlsx(body) : CaseSheetReader.ReadCsv(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not e.Message: ClosedXML's are about its insides ("Object reference not set…"), no help to whoever sent the file.
            logger.LogWarning(e, "An uploaded case sheet could not be read");
            return Rejected(StatusCodes.Status400BadRequest, SheetError.Of("file", ErrorCodes.Invalid,
                upload.IsXlsx ? "The workbook could not be read; open it in a spreadsheet program and save it again as .xlsx (or as .csv)."
                              : "The CSV sheet could not be read; save it again as CSV (UTF-8)."));
        }
        if (sheet.Errors.Count > 0) return Rejected(StatusCodes.Status422UnprocessableEntity, [.. sheet.Errors]);

        var input = new ImportCasesInput { SourcePlatform = platform, Cases = [.. sheet.Rows.Select(r => r.Row)] };
        var result = await runner.RunAsync(importCases, input, caller, "uploadCases", ct);
        if (result.Succeeded)
            return Results.Json(new { created = result.Value!.Created, updated = result.Value.Updated, errors = Array.Empty<SheetError>() });
        // A sheet with a bad row is refused as a whole (422), whatever the row's error (a committee outside the
        // jurisdiction too); otherwise the runner's status.
        var status = result.Errors.Any(e => e.Field is ["cases", _, ..])
            ? StatusCodes.Status422UnprocessableEntity
            : UseCaseHttpResults.StatusOf(result.Errors);
        return Rejected(status, [.. result.Errors.Select(e => ToSheet(e, sheet))]);
    }

    /// <summary>Maps the use case's field ["cases", index, field…] to the sheet's row number, column and field.</summary>
    private static SheetError ToSheet(DomainError e, CaseSheet sheet)
    {
        if (e.Field is not ["cases", var index, ..] || !int.TryParse(index, out var i) || i >= sheet.Rows.Count)
            return SheetError.Of(string.Join('.', e.Field), e.Code, e.Message);
        var field = string.Join('.', e.Field.Skip(2));
        return new SheetError(sheet.Rows[i].Number, sheet.ColumnOf(field), field, e.Code, e.Message);
    }

    private static IResult Rejected(UploadRefusal refusal) =>
        Rejected(refusal.Status, SheetError.Of(refusal.Field, refusal.Code, refusal.Message));

    /// <summary>The first <see cref="Uploads.MaxListedErrors"/> errors, and how many there are.</summary>
    private static IResult Rejected(int status, params SheetError[] errors) =>
        Results.Json(new { created = (int?)null, updated = (int?)null, errors = errors.Take(Uploads.MaxListedErrors), errorCount = errors.Length },
            statusCode: status);
}
