using System.Globalization;
using Registry.Api.Access;
using Registry.Api.Http;
using Registry.Api.Regions;
using Registry.Domain.Access;

namespace Registry.Api.Certificates;

/// <summary>
/// <c>GET /exports/uncertified-serving.xlsx|.csv?regionCode=…&amp;asOf=…</c> and
/// <c>GET /exports/expiring-certificates.xlsx|.csv?regionCode=…&amp;withinDays=…&amp;asOf=…</c>: the two certificate
/// questions as files a bureau opens in Excel, from <see cref="CertificateExportRows"/> (the GraphQL queries' own SQL), streamed by <see cref="StreamedExport"/>.
/// </summary>
public static class CertificateExports
{
    public static IEndpointRouteBuilder MapCertificateExports(this IEndpointRouteBuilder app)
    {
        foreach (var extension in new[] { "csv", "xlsx" })
        {
            app.MapGet($"/exports/uncertified-serving.{extension}", (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOf) =>
                ExportAsync(http, db, clock, regionCode, asOf, extension, "未持证在岗", CertificateExportRows.UncertifiedHeaders,
                    (code, day, ct) => CertificateExportRows.Uncertified(db, code, day, ct)));
            app.MapGet($"/exports/expiring-certificates.{extension}", async (HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode,
                    string? asOf, int? withinDays) =>
                withinDays is not { } days || days < 0 || days > CertificateQueries.MaxWithinDays
                    ? Invalid("withinDays", $"withinDays is required, between 0 and {CertificateQueries.MaxWithinDays}.")
                    : await ExportAsync(http, db, clock, regionCode, asOf, extension, "证书即将到期", CertificateExportRows.ExpiringHeaders,
                        (code, day, ct) => CertificateExportRows.Expiring(db, code, days, day, ct)));
        }
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, RegistryDbContext db, TimeProvider clock, string? regionCode, string? asOfText,
        string extension, string title, string[] headers, Func<string, DateOnly, CancellationToken, IAsyncEnumerable<object?[]>> rows)
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
            await db.RequireReportScopeAsync(code, "regionCode", ct);
        }
        catch (DomainException e)
        {
            return Invalid("regionCode", e.Errors[0].Message);
        }
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return Invalid("asOf", $"'{asOfText}' is not a date: write it as yyyy-MM-dd.");

        var name = http.Request.Path.Value!.Split('/')[^1].Split('.')[0];
        return StreamedExport.File(extension, $"{name}-{code}-{asOf:yyyy-MM-dd}", new ExportSheet(title, headers, rows(code, asOf, ct)));
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");
}
