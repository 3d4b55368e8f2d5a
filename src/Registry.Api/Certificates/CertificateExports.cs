using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Registry.Api.Access;
using Registry.Api.Http;
using Registry.Api.Regions;
using Registry.Domain.Access;

namespace Registry.Api.Certificates;

/// <summary>
/// <c>GET /exports/uncertified-serving.xlsx|.csv?regionCode=…&amp;asOf=…</c> and
/// <c>GET /exports/expiring-certificates.xlsx|.csv?regionCode=…&amp;withinDays=…&amp;asOf=…</c>: the two certificate
/// questions as files a bureau opens in Excel, from <see cref="CertificateExportRows"/> (the GraphQL queries' own SQL).
/// </summary>
public static class CertificateExports
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Csv = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapCertificateExports(this IEndpointRouteBuilder app)
    {
        foreach (var extension in new[] { "csv", "xlsx" })
        {
            app.MapGet($"/exports/uncertified-serving.{extension}", (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOf) =>
                ExportAsync(http, db, clock, regionCode, asOf, extension, "未持证在岗", CertificateExportRows.UncertifiedHeaders,
                    (code, day, ct) => CertificateExportRows.UncertifiedAsync(db, code, day, ct)));
            app.MapGet($"/exports/expiring-certificates.{extension}", async (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode,
                    string? asOf, int? withinDays) =>
                withinDays is not { } days || days < 0 || days > CertificateQueries.MaxWithinDays
                    ? Invalid("withinDays", $"withinDays is required, between 0 and {CertificateQueries.MaxWithinDays}.")
                    : await ExportAsync(http, db, clock, regionCode, asOf, extension, "证书即将到期", CertificateExportRows.ExpiringHeaders,
                        (code, day, ct) => CertificateExportRows.ExpiringAsync(db, code, days, day, ct)));
        }
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOfText,
        string extension, string title, string[] headers, Func<string, DateOnly, CancellationToken, Task<List<object?[]>>> rows)
    {
        var ct = http.RequestAborted;
        var caller = Caller.From(http.User);
        if (!caller.Can(Permission.ReadReports))
            return Results.Problem("Send a bearer token: certificate exports are for signed-in bureau staff.", statusCode: StatusCodes.Status401Unauthorized);
        var code = regionCode?.Trim();
        if (string.IsNullOrEmpty(code)) return Invalid("regionCode", "regionCode is required.");
        if (!caller.Covers(code)) return Results.Problem($"regionCode: {code} is outside your jurisdiction ({caller.Jurisdiction}).", statusCode: StatusCodes.Status403Forbidden);
        try
        {
            await db.RequireRegionAsync(code, "regionCode", ct);
        }
        catch (DomainException e)
        {
            return Invalid("regionCode", e.Errors[0].Message);
        }
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return Invalid("asOf", $"'{asOfText}' is not a date: write it as yyyy-MM-dd.");

        var data = await rows(code, asOf, ct);
        var buffer = new MemoryStream();
        if (extension == "csv") await WriteCsvAsync(buffer, headers, data);
        else WriteXlsx(buffer, title, headers, data);
        var name = http.Request.Path.Value!.Split('/')[^1].Split('.')[0];
        return Results.File(buffer.ToArray(), extension == "csv" ? Csv : Xlsx, $"{name}-{code}-{asOf:yyyy-MM-dd}.{extension}");
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");

    /// <summary>
    /// UTF-8 with a byte-order mark, so Excel reads the Chinese headers right; cells written by
    /// <see cref="SpreadsheetCells"/> (quoted where needed, formula-like text neutralised).
    /// </summary>
    private static async Task WriteCsvAsync(Stream output, string[] headers, List<object?[]> rows)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        text.NewLine = "\r\n";
        await text.WriteLineAsync(string.Join(',', headers.Select(SpreadsheetCells.Csv)));
        foreach (var row in rows)
            await text.WriteLineAsync(string.Join(',', row.Select(cell => SpreadsheetCells.Csv(cell is string or null ? cell : Convert.ToString(cell, CultureInfo.InvariantCulture)))));
    }

    private static void WriteXlsx(Stream output, string title, string[] headers, List<object?[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(title);
        for (var c = 0; c < headers.Length; c++) SpreadsheetCells.Xlsx(sheet.Cell(1, c + 1), headers[c]);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
                SpreadsheetCells.Xlsx(sheet.Cell(r + 2, c + 1), rows[r][c]);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Columns().Width = 18; // not AdjustToContents: it needs libgdiplus on Linux (see StaffingExports)
        book.SaveAs(output);
    }
}
