using System.Globalization;
using System.Runtime.CompilerServices;
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
/// from the same SQL as GraphQL, streamed by <see cref="StreamedExport"/>, and end with a 合计 row equal to its totals.
/// </summary>
public static class SubsidyExports
{
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
            await db.RequireReportScopeAsync(code, "regionCode", ct);
        }
        catch (DomainException e)
        {
            return Invalid("regionCode", e.Errors[0].Message);
        }
        if (!TryDate(fromText, out var from)) return Invalid("from", "from is required, as yyyy-MM-dd.");
        if (!TryDate(toText, out var to)) return Invalid("to", "to is required, as yyyy-MM-dd.");
        if (to < from || to.DayNumber - from.DayNumber >= SubsidyScope.MaxDays) return Invalid("to", $"to must be from from to {SubsidyScope.MaxDays - 1} days after it.");
        var lines = SubsidyStatementQueries.StreamLines(db, new SubsidyScope(code, from, to), ct);
        return StreamedExport.File(extension, $"subsidy-statement-{code}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}",
            new ExportSheet("以案定补明细", LineHeaders, LinesWithTotal(lines)));
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
        var name = $"subsidy-claim-{claimId}-{claim.RegionCode}-{claim.From:yyyy-MM-dd}-{claim.To:yyyy-MM-dd}";
        if (!paymentList)
        {
            var lines = ClaimLines.Of(db, claimId, null).OrderBy(l => l.LineKey)
                .Join(db.Mediators, l => l.MediatorId, m => m.Id, (l, m) => new { Line = l, m.Name }).AsAsyncEnumerable();
            return StreamedExport.File(extension, name, new ExportSheet("补贴申领明细", LineHeaders,
                LinesWithTotal(CancelledBy(lines.Select(l => (ClaimLines.Row(l.Line), l.Name)), ct))));
        }

        // One row a paid mediator, summed by the database: a claim's payees, never its lines, are held.
        var paid = await ClaimLines.Of(db, claimId, true).GroupBy(l => l.MediatorId).Select(g => new { Id = g.Key, Fen = g.Sum(l => l.AmountFen) })
            .Join(db.Mediators, g => g.Id, m => m.Id, (g, m) => new { g.Id, m.Name, m.IdNumber, g.Fen }).OrderBy(p => p.Id).ToListAsync(ct);
        var rows = paid.Select(p => new object?[] { p.Name, p.IdNumber, p.Fen, Yuan(p.Fen) }).ToList();
        rows.Add(["合计", null, claim.AmountFen, Yuan(claim.AmountFen)]);
        db.AuditEntries.Add(AuditEntry.Record(clock!.GetUtcNow().UtcDateTime, caller.Subject ?? "anonymous", caller.RoleName, caller.Jurisdiction,
            "downloadPaymentList", "SubsidyClaim", GlobalId.Encode("SubsidyClaim", claimId), claim.RegionCode, null, null));
        await db.SaveChangesAsync(ct);
        return StreamedExport.File(extension, name + "-payment-list", new ExportSheet("发放名单", PaymentHeaders, rows.ToAsyncEnumerable()));
    }

    /// <summary>The lines, read until the request is aborted (EF's enumerable takes the token only this way).</summary>
    private static async IAsyncEnumerable<(SubsidyLineRow Line, string MediatorName)> CancelledBy(
        IAsyncEnumerable<(SubsidyLineRow Line, string MediatorName)> lines, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var line in lines.WithCancellation(ct)) yield return line;
    }

    /// <summary>Each line as a row, then the 合计 row of the sums, added up as the lines go by.</summary>
    private static async IAsyncEnumerable<object?[]> LinesWithTotal(IAsyncEnumerable<(SubsidyLineRow Line, string MediatorName)> lines)
    {
        var (beforeCap, amount) = (0L, 0L);
        await foreach (var (l, mediator) in lines)
        {
            beforeCap += l.AmountBeforeCap;
            amount += l.Amount;
            yield return
            [
                l.ExternalNumber, l.ClosedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.CommitteeId, mediator,
                l.IsLead ? "是" : "否", $"{l.ShareNumerator}/{l.ShareDenominator}", l.BaseFen, l.LevelName, l.CoefficientPermille / 1000m, l.PersonPercent,
                l.AmountBeforeCap, l.Amount, SubsidyReasonNames.Cell(l.Reason), SubsidyRuleText.DescribeInChinese(l),
            ];
        }
        yield return ["合计", null, null, null, null, null, null, null, null, null, beforeCap, amount, null, null];
    }

    private static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"{field}: {message}");
}
