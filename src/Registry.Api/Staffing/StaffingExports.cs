using System.Globalization;
using Registry.Api.Http;
using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Domain.Access;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

/// <summary>
/// <c>GET /exports/staffing-compliance.xlsx|.csv?regionCode=…&amp;asOf=…</c>: the staffing compliance report as files a
/// bureau opens in Excel, streamed row by row (<see cref="StreamedExport"/>), computed by the same <see cref="StaffingCompliance"/> as the GraphQL report.
/// </summary>
public static class StaffingExports
{
    public static IEndpointRouteBuilder MapStaffingExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/staffing-compliance.csv", (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOf) =>
            ExportAsync(http, db, clock, regionCode, asOf, "csv"));
        app.MapGet("/exports/staffing-compliance.xlsx", (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOf) =>
            ExportAsync(http, db, clock, regionCode, asOf, "xlsx"));
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode,
        string? asOfText, string extension)
    {
        var ct = http.RequestAborted;
        var caller = Caller.From(http.User);
        if (caller.RefuseOverHttp(null) is { } unauthenticated) return unauthenticated;
        var code = regionCode?.Trim();
        if (string.IsNullOrEmpty(code)) return Invalid("regionCode", "regionCode is required.");
        if (caller.RefuseOverHttp(code) is { } refused) return refused;
        try
        {
            await db.RequireReportScopeAsync(code, "regionCode", ct);
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
        var committees = new ExportSheet("委员会", StaffingExportRows.Headers, StaffingExportRows.Stream(report, ct));
        var name = $"staffing-compliance-{code}-{asOf:yyyy-MM-dd}";
        return extension == "csv"
            ? StreamedExport.Csv(name + ".csv", committees)
            : StreamedExport.Xlsx(name + ".xlsx", StaffingSummarySheet.Of(report), committees);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");
}
