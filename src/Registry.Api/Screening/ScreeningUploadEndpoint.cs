using Registry.Api.Access;
using Registry.Api.Cases;
using Registry.Api.UseCases;

namespace Registry.Api.Screening;

/// <summary>
/// <c>POST /imports/screenings?townshipCode=…</c>: a week's rounds of a township as a <c>text/csv</c> or XLSX body, or the
/// multipart field <c>file</c>. Recorded by <see cref="RecordScreeningSheet"/> (round by round through the same use
/// case as <c>recordScreening</c>) in one transaction, all or nothing. Answers <c>{ rounds, items, errors: [{ row,
/// field, code, message }] }</c>: 200 when recorded; otherwise the status of <see cref="UseCaseHttpResults"/> (422 for
/// bad rows, 403 outside the jurisdiction), 400 when the sheet cannot be read.
/// </summary>
public static class ScreeningUploadEndpoint
{
    public const string Path = "/imports/screenings";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapScreeningUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, UseCaseRunner runner, RecordScreeningSheet useCase, CancellationToken ct)
    {
        var township = http.Request.Query["townshipCode"].FirstOrDefault();
        List<ScreeningSheetRow> rows;
        List<SheetError> errors;
        try
        {
            Stream body = new MemoryStream();
            bool xlsx;
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(ct);
                township ??= form["townshipCode"].FirstOrDefault();
                var file = form.Files.GetFile("file");
                if (file is null) return Rejected(StatusCodes.Status400BadRequest, [new SheetError(null, "file", ErrorCodes.Required, "Send the sheet as the form field 'file'.")]);
                xlsx = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.ContentType.StartsWith(Xlsx, StringComparison.OrdinalIgnoreCase);
                await file.CopyToAsync(body, ct);
            }
            else
            {
                var type = http.Request.ContentType ?? "";
                xlsx = type.StartsWith(Xlsx, StringComparison.OrdinalIgnoreCase);
                if (!xlsx && !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
                    return Rejected(StatusCodes.Status415UnsupportedMediaType, [new SheetError(null, null, ErrorCodes.Invalid, $"Send text/csv, {Xlsx} or multipart/form-data.")]);
                await http.Request.Body.CopyToAsync(body, ct);
            }
            body.Position = 0;
            (rows, errors) = xlsx ? ScreeningSheetReader.ReadXlsx(body) : ScreeningSheetReader.ReadCsv(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Rejected(StatusCodes.Status400BadRequest, [new SheetError(null, "file", ErrorCodes.Invalid, "The sheet could not be read: " + e.Message)]);
        }
        if (errors.Count > 0) return Rejected(StatusCodes.Status422UnprocessableEntity, errors);

        var result = await runner.RunAsync(useCase, new ScreeningSheet { TownshipCode = township, Rows = rows }, Caller.From(http.User), "uploadScreenings", ct);
        if (result.Succeeded)
            return Results.Json(new { rounds = result.Value!.Count, items = result.Value.Sum(r => r.Items.Count), errors = Array.Empty<SheetError>() });
        return Rejected(UseCaseHttpResults.StatusOf(result.Errors), result.Errors.Select(ToSheet).ToList());
    }

    private static SheetError ToSheet(DomainError e) =>
        e.Field is ["rows", var row, ..] && int.TryParse(row, out var number)
            ? new SheetError(number, string.Join('.', e.Field.Skip(2)), e.Code, e.Message)
            : new SheetError(null, string.Join('.', e.Field), e.Code, e.Message);

    private static IResult Rejected(int status, IReadOnlyList<SheetError> errors) =>
        Results.Json(new { rounds = (int?)null, items = (int?)null, errors }, statusCode: status);
}
