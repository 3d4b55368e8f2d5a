using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Registry.Api.Access;
using Registry.Api.Http;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Access;
using Registry.Domain.Auditing;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>
/// <c>GET /exports/subsidy-statement.xlsx|.csv?regionCode=…&amp;from=…&amp;to=…</c>, <c>GET /exports/subsidy-claims/{id}.xlsx|.csv</c>
/// (a claim's frozen lines) and <c>GET /exports/subsidy-claims/{id}/payment-list.xlsx|.csv</c> (mediator, ID number,
/// amount: personal data, for the finance roles of the claim's jurisdiction only, each download audited). Lines come
/// from the same SQL as GraphQL and end with a 合计 row equal to its totals.
/// </summary>
public static class SubsidyExports
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Csv = "text/csv; charset=utf-8";

    private static readonly string[] LineHeaders =
        ["案件编号", "结案日期", "调委会编号", "调解员", "主办", "份额", "份额金额（分）", "等级", "等级系数", "发放比例（%）", "封顶前金额（分）", "补贴金额（分）", "原因", "计算规则"];

    private static readonly string[] PaymentHeaders = ["调解员", "身份证号", "补贴金额（分）", "补贴金额（元）"];

    public static IEndpointRouteBuilder MapSubsidyExports(this IEndpointRouteBuilder app)
    {
        foreach (var extension in new[] { "csv", "xlsx" })
        {
            app.MapGet($"/exports/subsidy-statement.{extension}", (HttpContext http, RegistryDbContext db, string? regionCode, string? from, string? to) =>
                StatementAsync(http, db, regionCode, from, to, extension));
            app.MapGet($"/exports/subsidy-claims/{{id}}.{extension}", (HttpContext http, RegistryDbContext db, string id) =>
                ClaimAsync(http, db, id, extension, paymentList: false));
            app.MapGet($"/exports/subsidy-claims/{{id}}/payment-list.{extension}", (HttpContext http, RegistryDbContext db, TimeProvider clock, string id) =>
                ClaimAsync(http, db, id, extension, paymentList: true, clock));
        }
        return app;
    }

    private static async Task<IResult> StatementAsync(HttpContext http, RegistryDbContext db, string? regionCode, string? fromText, string? toText, string extension)
    {
        var ct = http.RequestAborted;
        var code = regionCode?.Trim();
        if (string.IsNullOrEmpty(code)) return Invalid("regionCode", "regionCode is required.");
        if (Caller.From(http.User).RefuseOverHttp(code) is { } refused) return refused;
        try
        {
            await db.RequireRegionAsync(code, "regionCode", ct);
        }
        catch (DomainException e)
        {
            return Invalid("regionCode", e.Errors[0].Message);
        }
        if (!TryDate(fromText, out var from)) return Invalid("from", "from is required, as yyyy-MM-dd.");
        if (!TryDate(toText, out var to)) return Invalid("to", "to is required, as yyyy-MM-dd.");
        if (to < from || to.DayNumber - from.DayNumber >= SubsidyScope.MaxDays) return Invalid("to", $"to must be from from to {SubsidyScope.MaxDays - 1} days after it.");
        var lines = await SubsidyStatementQueries.LinesAsync(db, new SubsidyScope(code, from, to), null, null, int.MaxValue, ct);
        return await FileAsync(db, lines, extension, "以案定补明细", $"subsidy-statement-{code}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}", ct);
    }

    private static async Task<IResult> ClaimAsync(HttpContext http, RegistryDbContext db, string id, string extension, bool paymentList, TimeProvider? clock = null)
    {
        var ct = http.RequestAborted;
        var caller = Caller.From(http.User);
        if (!GlobalId.TryDecode(id, out var type, out var key) || type != "SubsidyClaim" || !long.TryParse(key, out var claimId))
            return Invalid("id", $"'{id}' is not a SubsidyClaim ID.");
        var claim = await db.SubsidyClaims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId, ct);
        if (claim is null) return Results.Problem($"No SubsidyClaim has the ID '{id}'.", statusCode: StatusCodes.Status404NotFound);
        if (caller.RefuseOverHttp(claim.RegionCode, paymentList ? Permission.ReadPaymentLists : Permission.ReadReports) is { } refused) return refused;
        var lines = (await ClaimLines.Of(db, claimId, null).OrderBy(l => l.LineKey).ToListAsync(ct)).Select(ClaimLines.Row).ToList();
        var name = $"subsidy-claim-{claimId}-{claim.RegionCode}-{claim.From:yyyy-MM-dd}-{claim.To:yyyy-MM-dd}";
        if (!paymentList) return await FileAsync(db, lines, extension, "补贴申领明细", name, ct);

        var byMediator = lines.Where(l => l.Amount > 0).GroupBy(l => l.MediatorId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var ids = byMediator.Keys.ToList();
        var people = await db.Mediators.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.IdNumber }).ToListAsync(ct);
        var rows = people.Select(p => new object?[] { p.Name, p.IdNumber, byMediator[p.Id], Yuan(byMediator[p.Id]) }).ToList();
        rows.Add(["合计", null, claim.AmountFen, Yuan(claim.AmountFen)]);
        db.AuditEntries.Add(AuditEntry.Record(clock!.GetUtcNow().UtcDateTime, caller.Subject ?? "anonymous", caller.RoleName, caller.Jurisdiction,
            "downloadPaymentList", "SubsidyClaim", GlobalId.Encode("SubsidyClaim", claimId), claim.RegionCode, null, null));
        await db.SaveChangesAsync(ct);
        return Write(rows, PaymentHeaders, extension, "发放名单", name + "-payment-list");
    }

    private static async Task<IResult> FileAsync(RegistryDbContext db, List<SubsidyLineRow> lines, string extension, string title, string name, CancellationToken ct)
    {
        var ids = lines.Select(l => l.MediatorId).Distinct().ToList();
        var names = await db.Mediators.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var rows = lines.Select(l => new object?[]
        {
            l.ExternalNumber, l.ClosedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.CommitteeId, names.GetValueOrDefault(l.MediatorId),
            l.IsLead ? "是" : "否", $"{l.ShareNumerator}/{l.ShareDenominator}", l.BaseFen, l.LevelName, l.CoefficientPermille / 1000m, l.PersonPercent,
            l.AmountBeforeCap, l.Amount, SubsidyReasonNames.Cell(l.Reason), SubsidyRuleText.Describe(l),
        }).ToList();
        rows.Add(["合计", null, null, null, null, null, null, null, null, null, lines.Sum(l => l.AmountBeforeCap), lines.Sum(l => l.Amount), null, null]);
        return Write(rows, LineHeaders, extension, title, name);
    }

    private static IResult Write(List<object?[]> rows, string[] headers, string extension, string title, string name)
    {
        var buffer = new MemoryStream();
        if (extension == "csv")
        {
            using var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
            text.WriteLine(string.Join(',', headers.Select(SpreadsheetCells.Csv)));
            foreach (var row in rows)
                text.WriteLine(string.Join(',', row.Select(cell => SpreadsheetCells.Csv(cell is string or null ? (string?)cell : Convert.ToString(cell, CultureInfo.InvariantCulture)))));
        }
        else
        {
            using var book = new XLWorkbook();
            var sheet = book.Worksheets.Add(title);
            for (var c = 0; c < headers.Length; c++) SpreadsheetCells.Xlsx(sheet.Cell(1, c + 1), headers[c]);
            for (var r = 0; r < rows.Count; r++)
                for (var c = 0; c < rows[r].Length; c++)
                    SpreadsheetCells.Xlsx(sheet.Cell(r + 2, c + 1), rows[r][c]);
            sheet.Row(1).Style.Font.Bold = true;
            sheet.Columns().Width = 18;
            book.SaveAs(buffer);
        }
        return Results.File(buffer.ToArray(), extension == "csv" ? Csv : Xlsx, $"{name}.{extension}");
    }

    private static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");
}
