using Registry.Api.Access;
using Registry.Api.Http;
using Registry.Api.UseCases;

namespace Registry.Api.Cases;

/// <summary>
/// <c>POST /imports/cases?sourcePlatform=…</c>: a case sheet as the body (<c>text/csv</c>, or the XLSX media type) or as
/// the multipart field <c>file</c> (.csv or .xlsx; <c>sourcePlatform</c> may also be a form field). The same checks as
/// <c>importCases</c>, all or nothing: it runs the same use case (<see cref="ImportCases"/>) through the same runner.
/// Answers JSON <c>{ created, updated, errors: [{ row, column, field, code, message }] }</c>, where row is the sheet's
/// row number (header = 1): 200 when imported, 422 when refused, 400 when unreadable, and 401, 403 or 409 (another
/// import saved the same cases first) with the codes GraphQL gives.
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

    private static async Task<IResult> HandleAsync(HttpContext http, UseCaseRunner runner, ImportCases importCases, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (UseCaseRunner.Refusal(caller, importCases.Permission) is { } refused)
            return Rejected(UseCaseHttpResults.StatusOf([refused]), SheetError.Of(null, refused.Code, refused.Message));
        var platform = http.Request.Query["sourcePlatform"].FirstOrDefault();
        CaseSheet sheet;
        try
        {
            Stream body;
            bool xlsx;
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(ct);
                platform ??= form["sourcePlatform"].FirstOrDefault();
                var file = form.Files.GetFile("file");
                if (file is null) return Rejected(StatusCodes.Status400BadRequest, SheetError.Of("file", ErrorCodes.Required, "Send the sheet as the form field 'file'."));
                xlsx = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.ContentType.StartsWith(Xlsx, StringComparison.OrdinalIgnoreCase);
                body = new MemoryStream();
                await file.CopyToAsync(body, ct);
            }
            else
            {
                var type = http.Request.ContentType ?? "";
                xlsx = type.StartsWith(Xlsx, StringComparison.OrdinalIgnoreCase);
                if (!xlsx && !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
                    return Rejected(StatusCodes.Status415UnsupportedMediaType, SheetError.Of(null, ErrorCodes.Invalid, $"Send text/csv, {Xlsx} or multipart/form-data."));
                body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, ct);
            }
            body.Position = 0;
            sheet = xlsx ? CaseSheetReader.ReadXlsx(body) : CaseSheetReader.ReadCsv(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Rejected(StatusCodes.Status400BadRequest, SheetError.Of("file", ErrorCodes.Invalid, "The sheet could not be read: " + e.Message));
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

    private static IResult Rejected(int status, params SheetError[] errors) =>
        Results.Json(new { created = (int?)null, updated = (int?)null, errors }, statusCode: status);
}
