using System.Globalization;
using Registry.Api.Access;
using Registry.Api.Http;
using Registry.Api.Regions;
using Registry.Data.Reports.Screening;
using Registry.Domain.Access;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>
/// <c>GET /exports/screening-compliance.xlsx|.csv?regionCode=…&amp;from=…&amp;to=…</c>: <c>screeningCompliance</c> as files a
/// bureau opens in Excel, with Chinese headers, computed by the same <see cref="ScreeningCompliance"/>. The CSV is the
/// region table (the whole, then each child); the workbook adds the missed rounds (up to <see cref="MaxMissedRows"/>, so the list the sheet is written from stays bounded).
/// Written by <see cref="StreamedExport"/>.
/// </summary>
public static class ScreeningExports
{
    public const int MaxMissedRows = 50_000;

    public static readonly string[] Headers =
        ["地区代码", "地区名称", "应排查单位数", "达标单位数", "应排查次数", "已排查次数", "未排查次数", "村（社区）数", "有信息员的村（社区）数"];

    public static readonly string[] MissedHeaders = ["调委会", "所在地区代码", "周期开始", "周期结束"];

    public static IEndpointRouteBuilder MapScreeningExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/screening-compliance.csv", (HttpContext http, RegistryDbContext db, string? regionCode, string? from, string? to) =>
            ExportAsync(http, db, regionCode, from, to, xlsx: false));
        app.MapGet("/exports/screening-compliance.xlsx", (HttpContext http, RegistryDbContext db, string? regionCode, string? from, string? to) =>
            ExportAsync(http, db, regionCode, from, to, xlsx: true));
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, RegistryDbContext db, string? regionCode, string? fromText, string? toText, bool xlsx)
    {
        var ct = http.RequestAborted;
        var caller = Caller.From(http.User);
        if (!caller.Can(Permission.ReadReports))
            return Results.Problem("Send a bearer token: compliance exports are for signed-in bureau staff.", statusCode: StatusCodes.Status401Unauthorized);
        var code = regionCode?.Trim();
        if (string.IsNullOrEmpty(code)) return Invalid("regionCode", "regionCode is required.");
        if (!caller.Covers(code)) return Results.Problem($"regionCode: {code} is outside your jurisdiction ({caller.Jurisdiction}).", statusCode: StatusCodes.Status403Forbidden);
        try { await db.RequireReportScopeAsync(code, "regionCode", ct); }
        catch (DomainException e) { return Invalid("regionCode", e.Errors[0].Message); }
        if (!TryDate(fromText, out var from)) return Invalid("from", $"'{fromText}' is not a date: write it as yyyy-MM-dd.");
        if (!TryDate(toText, out var to)) return Invalid("to", $"'{toText}' is not a date: write it as yyyy-MM-dd.");
        if (to < from || to.DayNumber - from.DayNumber >= ScreeningSchedule.MaxDays)
            return Invalid("to", $"to must not be before from, and a span covers at most {ScreeningSchedule.MaxDays} days.");

        var report = await ScreeningCompliance.ComputeAsync(db, code, from, to, ct);
        var regions = new[] { report.Totals }.Concat(report.ByRegion).ToList();
        var name = $"screening-compliance-{code}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}";
        var compliance = new ExportSheet("排查达标", Headers, regions.Select(Row).ToAsyncEnumerable());
        if (!xlsx) return StreamedExport.Csv(name + ".csv", compliance);
        var missed = await report.MissedAsync(null, MaxMissedRows, ct);
        var ids = missed.Select(m => m.CommitteeId).Distinct().ToList();
        var committees = await db.Committees.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (c.Name, c.RegionCode), ct);
        var missedRows = missed.Select(m => new object?[]
        {
            committees.GetValueOrDefault(m.CommitteeId).Name, committees.GetValueOrDefault(m.CommitteeId).RegionCode, m.PeriodStart, m.PeriodEnd,
        });
        return StreamedExport.Xlsx(name + ".xlsx", compliance, new ExportSheet("未排查", MissedHeaders, missedRows.ToAsyncEnumerable()));
    }

    private static object?[] Row(ScreeningRegionCompliance r) =>
        [r.RegionCode, r.Name, r.UnitCount, r.CompliantCount, r.RequiredRounds, r.RecordedRounds, r.MissedRounds, r.VillageCount, r.VillagesWithInformationOfficer];

    private static bool TryDate(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");
}
