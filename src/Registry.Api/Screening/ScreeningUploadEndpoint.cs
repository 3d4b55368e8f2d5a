using Microsoft.Extensions.Options;
using Registry.Api.Access;
using Registry.Api.Hosting;
using Registry.Api.Http;
using Registry.Api.UseCases;

namespace Registry.Api.Screening;

/// <summary>
/// <c>POST /imports/screenings?townshipCode=…</c>: a week's rounds of a township as a <c>text/csv</c> or XLSX body, or the
/// multipart field <c>file</c>. Recorded by <see cref="RecordScreeningSheet"/> (round by round through the same use
/// case as <c>recordScreening</c>) in one transaction, all or nothing. Answers <c>{ rounds, items, errors: [{ row,
/// field, code, message }] }</c>: 200 when recorded; otherwise the status of <see cref="UseCaseHttpResults"/> (422 for
/// bad rows, 403 outside the jurisdiction), 400 when the sheet cannot be read, 413 over the upload limits (the first
/// <see cref="Uploads.MaxListedErrors"/> errors and <c>errorCount</c>).
/// </summary>
public static class ScreeningUploadEndpoint
{
    public const string Path = "/imports/screenings";

    public static IEndpointRouteBuilder MapScreeningUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, UseCaseRunner runner, RecordScreeningSheet useCase,
        IOptions<LimitOptions> limits, ILogger<RecordScreeningSheet> logger, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (UseCaseRunner.Refusal(caller, useCase.Permission) is { } refused)
            return Rejected(UseCaseHttpResults.StatusOf([refused]), [SheetError.Of(null, refused.Code, refused.Message)]);
        var township = http.Request.Query["townshipCode"].FirstOrDefault();
        var (upload, refusal) = await Uploads.ReadAsync(http.Request, limits.Value.MaxUploadBytes, ct);
        if (refusal is not null) return Rejected(refusal.Status, [SheetError.Of(refusal.Field, refusal.Code, refusal.Message)]);
        township ??= upload!.Form?["townshipCode"].FirstOrDefault();
        if (upload!.Form is null && !upload.IsXlsx && !upload.IsCsv)
            return Rejected(StatusCodes.Status415UnsupportedMediaType, [SheetError.Of(null, ErrorCodes.Invalid, $"Send text/csv, {Upload.XlsxMediaType} or multipart/form-data.")]);
        if (upload.IsXlsx && WorkbookArchive.Problem(upload.Content, limits.Value.MaxWorkbookUncompressedBytes) is { } bomb)
            return Rejected(bomb.Status, [SheetError.Of(bomb.Field, bomb.Code, bomb.Message)]);
        List<ScreeningSheetRow> rows;
        List<SheetError> errors;
        try
        {
            using var body = new MemoryStream(upload.Content, writable: false);
            (rows, errors) = upload.IsXlsx ? ScreeningSheetReader.ReadXlsx(body) : ScreeningSheetReader.ReadCsv(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not e.Message: ClosedXML's are about its insides, no help to whoever sent the file.
            logger.LogWarning(e, "An uploaded screening sheet could not be read");
            return Rejected(StatusCodes.Status400BadRequest, [SheetError.Of("file", ErrorCodes.Invalid,
                upload.IsXlsx ? "The workbook could not be read; open it in a spreadsheet program and save it again as .xlsx (or as .csv)."
                              : "The CSV sheet could not be read; save it again as CSV (UTF-8).")]);
        }
        if (errors.Count > 0) return Rejected(StatusCodes.Status422UnprocessableEntity, errors);

        var result = await runner.RunAsync(useCase, new ScreeningSheet { TownshipCode = township, Rows = rows }, caller, "uploadScreenings", ct);
        if (result.Succeeded)
            return Results.Json(new { rounds = result.Value!.Count, items = result.Value.Sum(r => r.Items.Count), errors = Array.Empty<SheetError>() });
        return Rejected(UseCaseHttpResults.StatusOf(result.Errors), result.Errors.Select(ToSheet).ToList());
    }

    private static SheetError ToSheet(DomainError e) =>
        e.Field is ["rows", var row, ..] && int.TryParse(row, out var number)
            ? new SheetError(number, null, string.Join('.', e.Field.Skip(2)), e.Code, e.Message)
            : SheetError.Of(string.Join('.', e.Field), e.Code, e.Message);

    /// <summary>The first <see cref="Uploads.MaxListedErrors"/> errors, and how many there are.</summary>
    private static IResult Rejected(int status, IReadOnlyList<SheetError> errors) =>
        Results.Json(new { rounds = (int?)null, items = (int?)null, errors = errors.Take(Uploads.MaxListedErrors), errorCount = errors.Count },
            statusCode: status);
}
