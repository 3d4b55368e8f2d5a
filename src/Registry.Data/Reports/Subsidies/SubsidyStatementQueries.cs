using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Data.Reports.Grading;
using Registry.Data.Reports.Sql;
using Registry.Domain.Subsidies;

namespace Registry.Data.Reports.Subsidies;

/// <summary>The statement's questions, each one statement over <see cref="SubsidySql"/>'s <c>statement</c>.</summary>
public static class SubsidyStatementQueries
{
    private const string LineColumns = """
        line_key, case_id, mediator_id, is_lead, committee_id, region_code, policy_id, external_number, difficulty, outcome,
        closed_on, entered_on, follow_up_on, level_name, lead_certified, share_num, share_den, base_fen, permille, person_percent,
        pre, amount
        """;

    private const string Sums = "COALESCE(SUM(pre), 0), COALESCE(SUM(amount), 0), COUNT(*), SUM(CASE WHEN amount > 0 THEN 1 ELSE 0 END), COUNT(DISTINCT case_id)";

    /// <summary>
    /// How many parts <see cref="SummaryAsync"/> cuts a wide scope's period into (<see cref="SubsidyScope.IsWide"/>), each on
    /// its own connection on PostgreSQL: a province's quarter runs as its three months at once, which on two cores takes
    /// about half as long as the quarter in one statement. A county's statement is small enough to run whole.
    /// </summary>
    public const int SummaryPartsAtOnce = 3;

    /// <summary>
    /// Sums per reason and child region (the first <paramref name="childLength"/> digits of the committee's code, or the
    /// region itself when 0); totals, reasons and child regions are all sums of these rows. A case has exactly one lead
    /// line, so the lead lines count the cases. The period is summed in parts of whole calendar months
    /// (<see cref="SubsidyScope.InMonthParts"/>), side by side on PostgreSQL, and the parts' rows are added up: every
    /// line belongs to its case's month, the cap included, so the sums are those of one statement over the period.
    /// </summary>
    public static async Task<List<SubsidySummaryRow>> SummaryAsync(RegistryDbContext db, SubsidyScope scope, int childLength, CancellationToken ct)
    {
        var parts = scope.InMonthParts(scope.IsWide ? SummaryPartsAtOnce : 1);
        var session = new ReportSession(db, Tuning(scope));
        var beside = parts.Skip(1).Select(part => session.Beside((context, token) => PartSummaryAsync(context, part, childLength, token), ct)).ToList();
        var rows = await PartSummaryAsync(db, parts[0], childLength, ct);
        foreach (var other in beside) rows.AddRange(await other.Result);
        return rows.GroupBy(r => (r.Reason, r.Child))
            .Select(g => new SubsidySummaryRow(g.Key.Reason, g.Key.Child, SubsidyTotals.Sum(g.Select(r => r.Totals))))
            .ToList();
    }

    private static Task<List<SubsidySummaryRow>> PartSummaryAsync(RegistryDbContext db, SubsidyScope scope, int childLength, CancellationToken ct)
    {
        var child = childLength > 0 ? $"substr(region_code, 1, {childLength})" : "@region_lo";
        var sql = $"""
            SELECT {SubsidySql.Reason} AS reason, {child} AS child, COALESCE(SUM(pre), 0), COALESCE(SUM(amount), 0), COUNT(*),
                   SUM(CASE WHEN amount > 0 THEN 1 ELSE 0 END), SUM(is_lead)
            FROM statement GROUP BY 1, 2
            """;
        return ReadAsync(db, scope, Pricing.Undecided, sql, r => new SubsidySummaryRow(r.Enum<SubsidyReason>(0), r.GetString(1), Totals(r, 2)), ct);
    }

    /// <summary>Per mediator or per committee (<paramref name="column"/>), keyed by id, a page after <paramref name="after"/>.</summary>
    public static Task<List<SubsidyGroupRow>> ByAsync(RegistryDbContext db, SubsidyScope scope, string column, long? after, int limit,
        CancellationToken ct)
    {
        if (column is not ("mediator_id" or "committee_id")) throw new ArgumentOutOfRangeException(nameof(column));
        var sql = $"""
            SELECT * FROM (SELECT {column} AS k, {Sums}, COUNT(*) OVER () AS n FROM statement GROUP BY {column}) t
            WHERE t.k > @after ORDER BY t.k LIMIT @limit
            """;
        return ReadAsync(db, scope, Pricing.Undecided, sql, r => new SubsidyGroupRow(r.Long(0), null, Totals(r, 1), r.Int(6)), ct,
            ("after", after ?? 0L), ("limit", limit));
    }

    /// <summary>
    /// Lines after <paramref name="after"/> (a line key), by key, each carrying the count of the lines;
    /// <paramref name="payable"/> keeps those paying something, or nothing. A wide scope's period is read in month parts
    /// side by side, as <see cref="SummaryAsync"/> sums it: each part gives its first lines after the key, the page is
    /// the first of them all, and the count is the parts' counts added.
    /// </summary>
    public static async Task<List<SubsidyLineRow>> LinesAsync(RegistryDbContext db, SubsidyScope scope, bool? payable, long? after, int limit,
        CancellationToken ct)
    {
        var parts = scope.InMonthParts(scope.IsWide ? SummaryPartsAtOnce : 1);
        if (parts.Count == 1) return await PartLinesAsync(db, scope, payable, after, limit, ct);
        var session = new ReportSession(db, Tuning(scope));
        var beside = parts.Skip(1).Select(part => session.Beside((context, token) => PartLinesAsync(context, part, payable, after, limit, token, countAlways: true), ct)).ToList();
        var read = new List<List<SubsidyLineRow>> { await PartLinesAsync(db, parts[0], payable, after, limit, ct, countAlways: true) };
        foreach (var other in beside) read.Add(await other.Result);
        var count = read.Sum(part => part.Count > 0 ? part[0].Count : 0);
        return read.SelectMany(part => part).Where(line => line.LineKey > (after ?? -1L)).OrderBy(line => line.LineKey).Take(limit)
            .Select(line => line with { Count = count }).ToList();
    }

    /// <summary>
    /// One part's lines after the key. <paramref name="countAlways"/>: when fewer lines than asked follow the key, lines
    /// before it fill the rest, so that a part with any line always tells its count (the caller drops them).
    /// </summary>
    private static Task<List<SubsidyLineRow>> PartLinesAsync(RegistryDbContext db, SubsidyScope scope, bool? payable, long? after, int limit,
        CancellationToken ct, bool countAlways = false)
    {
        var filter = payable switch { true => "WHERE amount > 0", false => "WHERE amount = 0", null => "" };
        var pageFirst = "CASE WHEN t.line_key > @after THEN 0 ELSE 1 END, ";
        var order = countAlways ? $"ORDER BY {pageFirst}t.line_key" : "WHERE t.line_key > @after ORDER BY t.line_key";
        // The page is chosen and counted on `statement`, and only its lines are described. Priced as a page
        // (Pricing.UndecidedAndPage), a line its case's earliest reasons decide has no lead certificate looked up; its
        // page line gets it here. On PostgreSQL the page's cases are looked up one by one (a lateral that cannot be
        // flattened): the statement's row estimates are too far off for the planner to see that a page is small, and it
        // otherwise sorted all the country's cases to join 31 of them.
        var described = db.Provider == DatabaseProvider.Postgres
            ? "CROSS JOIN LATERAL (SELECT k.* FROM cases k WHERE k.id = t.case_id AND k.closed_on = t.closed_on OFFSET 0) k"
            : "JOIN cases k ON k.id = t.case_id";
        var sql = $"""
            SELECT t.line_key, t.case_id, t.mediator_id, t.is_lead, t.committee_id, t.region_code, t.policy_id, k.external_number,
                   k.difficulty, k.outcome, t.closed_on, k.entered_on, k.follow_up_on, t.level_name,
                   CASE WHEN {SubsidySql.LeadCertifiedOn("t")} THEN 1 ELSE 0 END, t.share_num, t.share_den, t.base_fen, t.permille,
                   t.person_percent, t.pre, t.amount, t.reason, t.n
            FROM (SELECT * FROM (SELECT s.*, {SubsidySql.Reason} AS reason, COUNT(*) OVER () AS n FROM statement s {filter}) t
                  {order} LIMIT @limit) t
            {described}
            ORDER BY {(countAlways ? pageFirst : "")}t.line_key
            """;
        return ReadAsync(db, scope, Pricing.UndecidedAndPage, sql, Line, ct, ("after", after ?? -1L), ("limit", limit));
    }

    /// <summary>
    /// Every line of the statement with its mediator's name, by line key, each yielded as read: for exports, which hold
    /// no list of a region's lines.
    /// </summary>
    public static IAsyncEnumerable<(SubsidyLineRow Line, string MediatorName)> StreamLines(RegistryDbContext db, SubsidyScope scope, CancellationToken ct)
    {
        var sql = SubsidySql.With(db.Provider, SubsidySql.SettledStatuses, scope.IsWide) + $"""

            SELECT t.*, m.name FROM (SELECT {LineColumns}, {SubsidySql.Reason} AS reason, 0 AS n FROM described) t
            JOIN mediators m ON m.id = t.mediator_id ORDER BY t.line_key
            """;
        return new ReportSession(db, Tuning(scope)).StreamAsync(Statement(sql, Parameters(scope)), r => (Line(r), r.GetString(24)), ct);
    }

    private static ReportTuning Tuning(SubsidyScope scope) => ReportTuning.LargeAggregatesFor(scope.RegionCode);

    /// <summary>
    /// Freezes the statement into <paramref name="claimId"/>'s lines and takes its paying cases into the claim (their live
    /// case ids unique: a case already live in another claim fails the statement). Cases in any live claim are
    /// ALREADY_CLAIMED here. Returns the claim's totals.
    /// </summary>
    public static async Task<SubsidyTotals> FreezeAsync(RegistryDbContext db, SubsidyScope scope, long claimId, CancellationToken ct)
    {
        var insertLines = SubsidySql.With(db.Provider, SubsidySql.LiveStatuses, scope.IsWide) + $"""

            INSERT INTO subsidy_claim_lines (claim_id, line_key, case_id, mediator_id, is_lead, committee_id, region_code, policy_id,
              external_number, difficulty, outcome, closed_on, entered_on, follow_up_on, level_name, lead_certified, lead_certificate_number,
              share_numerator, share_denominator, base_fen, coefficient_permille, person_percent, amount_before_cap_fen, amount_fen, reason)
            SELECT @claim_id, line_key, case_id, mediator_id, (is_lead = 1), committee_id, region_code, policy_id, external_number,
              difficulty, outcome, closed_on, entered_on, follow_up_on, level_name, (lead_certified = 1),
              (SELECT ce.number FROM certificates ce WHERE ce.mediator_id = described.lead_mediator_id AND ce.issued_on <= described.closed_on
               ORDER BY ce.issued_on DESC, ce.id DESC LIMIT 1),
              share_num, share_den, base_fen, permille, person_percent, pre, amount, {SubsidySql.Reason}
            FROM described
            """;
        // Inside the runner's transaction, so SET LOCAL ends with it: JIT compiling this plan cost about 3.7 s of a county's 4 s.
        if (db.Provider == DatabaseProvider.Postgres)
            await ExecuteAsync(db, Tuning(scope).SetLocal(besideAnother: false), new Dictionary<string, object>(), ct);
        await ExecuteAsync(db, insertLines, Parameters(scope, ("claim_id", claimId)), ct);
        await ExecuteAsync(db, """
            INSERT INTO subsidy_claim_cases (claim_id, case_id, live_case_id)
            SELECT DISTINCT claim_id, case_id, case_id FROM subsidy_claim_lines WHERE claim_id = @claim_id AND amount_fen > 0
            """, new Dictionary<string, object> { ["claim_id"] = claimId }, ct);
        return await ClaimTotalsAsync(db, claimId, ct);
    }

    public static async Task<SubsidyTotals> ClaimTotalsAsync(RegistryDbContext db, long claimId, CancellationToken ct)
    {
        var rows = await ReadRowsAsync(db, """
            SELECT COALESCE(SUM(amount_before_cap_fen), 0), COALESCE(SUM(amount_fen), 0), COUNT(*),
                   COALESCE(SUM(CASE WHEN amount_fen > 0 THEN 1 ELSE 0 END), 0), COUNT(DISTINCT case_id)
            FROM subsidy_claim_lines WHERE claim_id = @claim_id
            """, new Dictionary<string, object> { ["claim_id"] = claimId }, r => Totals(r, 0), ct);
        return rows[0];
    }

    /// <summary><paramref name="pricing"/>: the lines whose prices the select reads (<see cref="SubsidySql.With"/>).</summary>
    private static Task<List<T>> ReadAsync<T>(RegistryDbContext db, SubsidyScope scope, Pricing pricing, string select, Func<DbDataReader, T> read,
        CancellationToken ct, params (string Name, object Value)[] extra) =>
        ReadRowsAsync(db, SubsidySql.With(db.Provider, SubsidySql.SettledStatuses, scope.IsWide, pricing) + "\n" + select,
            Parameters(scope, extra), read, ct, Tuning(scope));

    private static Dictionary<string, object> Parameters(SubsidyScope scope, params (string Name, object Value)[] extra)
    {
        var parameters = new Dictionary<string, object>
        {
            ["region_lo"] = Domain.Regions.RegionCode.LowerBound(scope.RegionCode),
            ["region_hi"] = Domain.Regions.RegionCode.UpperBound(scope.RegionCode),
            ["from"] = scope.From,
            ["to"] = scope.To,
        };
        foreach (var (name, value) in extra) parameters[name] = value;
        return parameters;
    }

    private static Task ExecuteAsync(RegistryDbContext db, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken ct) =>
        db.ExecuteAsync(Statement(sql, parameters), ct);

    /// <summary>
    /// Reads with JIT off and a larger work_mem (its own transaction on PostgreSQL, or the caller's as it is): compiling
    /// this plan cost more than running it, as it did for the freeze.
    /// </summary>
    private static Task<List<T>> ReadRowsAsync<T>(RegistryDbContext db, string sql, IReadOnlyDictionary<string, object> parameters,
        Func<DbDataReader, T> read, CancellationToken ct, ReportTuning? tuning = null) =>
        new ReportSession(db, tuning ?? ReportTuning.LargeAggregates).ReadAsync(Statement(sql, parameters), read, ct);

    private static SqlStatement Statement(string sql, IReadOnlyDictionary<string, object> parameters)
    {
        var statement = new SqlStatement();
        foreach (var (name, value) in parameters) statement.Bind(name, value);
        return statement.Write(_ => sql);
    }

    private static SubsidyTotals Totals(DbDataReader r, int at) =>
        new(r.Long(at), r.Long(at + 1), r.Int(at + 2), r.Int(at + 3), r.Int(at + 4));

    internal static SubsidyLineRow Line(DbDataReader r) => new(
        r.Long(0), r.Long(1), r.Long(2), r.Long(3) == 1, r.Long(4), r.GetString(5), r.IsDBNull(6) ? null : r.Long(6), r.GetString(7),
        r.Enum<Domain.Cases.CaseDifficulty>(8), r.IsDBNull(9) ? null : r.Enum<Domain.Cases.CaseOutcome>(9),
        r.Date(10)!.Value, r.Date(11)!.Value, r.Date(12), r.Text(13), r.Long(14) == 1,
        r.Int(15), r.Int(16), r.Long(17), r.Int(18), r.Int(19), r.Long(20), r.Long(21), r.Enum<SubsidyReason>(22), r.Int(23));
}
