using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Registry.Api.Http;
using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Domain.Access;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

/// <summary>
/// <c>GET /exports/staffing-compliance.xlsx|.csv?regionCode=…&amp;asOf=…</c>: the staffing compliance report as files a
/// bureau opens in Excel, computed by the same <see cref="StaffingCompliance"/> as the GraphQL report.
/// </summary>
public static class StaffingExports
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapStaffingExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/staffing-compliance.csv", (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOf) =>
            ExportAsync(http, db, clock, regionCode, asOf, WriteCsvAsync, "text/csv; charset=utf-8", "csv"));
        app.MapGet("/exports/staffing-compliance.xlsx", (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOf) =>
            ExportAsync(http, db, clock, regionCode, asOf, WriteXlsxAsync, Xlsx, "xlsx"));
        return app;
    }

    private delegate Task Writer(Stream output, StaffingComplianceReport report, List<object?[]> rows, CancellationToken ct);

    private static async Task<IResult> ExportAsync(HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode,
        string? asOfText, Writer write, string contentType, string extension)
    {
        var ct = http.RequestAborted;
        var caller = Caller.From(http.User);
        if (caller.RefuseOverHttp(null) is { } unauthenticated) return unauthenticated;
        var code = regionCode?.Trim();
        if (string.IsNullOrEmpty(code)) return Invalid("regionCode", "regionCode is required.");
        if (caller.RefuseOverHttp(code) is { } refused) return refused;
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
        if (asOf < Schema.Scalars.CalendarDateGraphType.Earliest || asOf > Schema.Scalars.CalendarDateGraphType.Latest)
            return Invalid("asOf", $"'{asOfText}' is outside the dates the registry records " +
                $"({Schema.Scalars.CalendarDateGraphType.Earliest:yyyy-MM-dd} to {Schema.Scalars.CalendarDateGraphType.Latest:yyyy-MM-dd}).");

        var report = await StaffingCompliance.ComputeAsync(db, code, asOf, ct);
        var rows = await StaffingExportRows.BuildAsync(db, report, ct);
        var buffer = new MemoryStream();
        await write(buffer, report, rows, ct);
        return Results.File(buffer.ToArray(), contentType, $"staffing-compliance-{code}-{asOf:yyyy-MM-dd}.{extension}");
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");

    /// <summary>UTF-8 with a byte-order mark: without it Excel reads the Chinese as the local code page.</summary>
    private static async Task WriteCsvAsync(Stream output, StaffingComplianceReport report, List<object?[]> rows, CancellationToken ct)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        text.NewLine = "\r\n";
        await text.WriteLineAsync(string.Join(',', StaffingExportRows.Headers.Select(SpreadsheetCells.Csv)));
        foreach (var row in rows)
            await text.WriteLineAsync(string.Join(',', row.Select(SpreadsheetCells.Csv)));
    }

    private static Task WriteXlsxAsync(Stream output, StaffingComplianceReport report, List<object?[]> rows, CancellationToken ct)
    {
        using var book = new XLWorkbook();
        StaffingSummarySheet.Write(book.Worksheets.Add("汇总"), report);
        var sheet = book.Worksheets.Add("委员会");
        for (var c = 0; c < StaffingExportRows.Headers.Length; c++) SpreadsheetCells.Xlsx(sheet.Cell(1, c + 1), StaffingExportRows.Headers[c]);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
                SpreadsheetCells.Xlsx(sheet.Cell(r + 2, c + 1), rows[r][c]);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Columns().Width = 18; // not AdjustToContents: in ClosedXML 0.95 it measures text with System.Drawing, which needs libgdiplus on Linux
        book.SaveAs(output);
        return Task.CompletedTask;
    }
}
