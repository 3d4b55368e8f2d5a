using System.Data.Common;
using Registry.Data.Reports.Sql;
using Registry.Domain.Grading;

namespace Registry.Data.Reports.Grading;

/// <summary>
/// The SQL behind <c>gradeEligibility</c>: one statement, the same on both databases, giving mediators serving in the
/// region on the day (an appointment in force at a committee in its subtree, as <see cref="Appointment.IsActiveOn"/>)
/// with the raw figures a level's criteria are judged on — each counted in the window <see cref="GradeCriterion"/>
/// gives — their current grade and whether they hold a valid certificate, by id, a page at a time.
/// <para>
/// Two shapes. <b>Everyone</b>: the page of serving mediators is chosen first (an index walk of the mediators) and the
/// figures are counted for those alone. <b>Eligible only</b>: the criteria's SQL twins (<see cref="GradingSql.Meets"/>)
/// filter — first those on the grade held, the certificate and the years of service, which narrow the pool cheaply
/// (to the holders of the level below, for every level above the entry one), then those on the counted figures — and
/// the statement returns the page and the number of eligible mediators (a count of the listed, not a window over the
/// page's figures), so nothing is judged in C# beyond the page. Only the figures the level's criteria ask are counted
/// (a criterion not asked counts nothing anyway, its window lying after the day): the counted ones over the pool, since
/// they filter it, the certificate and the first day of service for the page alone. So 四级 (service, certificate, no
/// grade) counts no cases, training or complaints at all, where counting them for the whole pool (91,334 mediators on a
/// generated Hebei) took four fifths of the statement.
/// </para>
/// </summary>
public static class GradingQueries
{
    private static readonly GradingSql.FigureColumns Columns = new("m.id", "h.rank", "h.held_since",
        "COALESCE(l.cases_led, 0)", "COALESCE(l.oral_agreements, 0)", "COALESCE(l.oral_oral, 0)", "COALESCE(l.rate_decided, 0)",
        "COALESCE(l.rate_agreements, 0)", "COALESCE(t.minutes, 0)", "COALESCE(l.criminal, 0)", "COALESCE(u.complaints, 0)");

    /// <summary>The criteria narrowing the pool of an eligible-only statement; the others filter its counted figures.</summary>
    private static readonly HashSet<CriterionKind> PoolCriteria = [CriterionKind.YearsOfService, CriterionKind.YearsAtLevelBelow, CriterionKind.ValidCertificate];

    /// <summary>The criteria judged on the cases a mediator led (the <c>led</c> aggregate).</summary>
    private static readonly HashSet<CriterionKind> CaseCriteria =
        [CriterionKind.CasesLed, CriterionKind.OralAgreementShare, CriterionKind.AgreementRate, CriterionKind.NoCriminalCase];

    /// <summary>
    /// The statement for a page of mediators serving in <paramref name="scope"/> on <paramref name="asOf"/> with
    /// <paramref name="level"/>'s figures, after id <paramref name="after"/>, at most <paramref name="take"/> (null: all).
    /// <paramref name="eligibleOnly"/>: only those meeting every criterion who do not hold the level or a higher one, with
    /// their number in the last column; null when a criterion has no exact SQL form (then ask for everyone and judge in C#).
    /// </summary>
    public static SqlStatement? Statement(GradingScope scope, GradeLevel level, DateOnly asOf, int requiredTrainingMinutesPerYear,
        bool eligibleOnly, long? after, int? take)
    {
        var sql = new SqlStatement();
        GradingSql.BindScope(sql, scope, asOf);
        var after_ = sql.Bind("after", after ?? 0L);
        var limit = take is { } n ? $" LIMIT {sql.Bind("take", n)}" : "";
        string pool;
        var filters = new List<string>();
        if (eligibleOnly)
        {
            // Below the entry rank is no grade at all (GradingSql.Ungraded).
            var entry = level.Rank == GradeLevel.EntryRank;
            var narrowing = new List<string> { entry ? GradingSql.Ungraded("m.id") : $"COALESCE(h.rank, 0) < {sql.Bind("rank", level.Rank)}" };
            foreach (var criterion in level.Criteria)
            {
                if (GradingSql.Meets(criterion, sql, Columns, asOf, level.Rank, requiredTrainingMinutesPerYear) is not { } met) return null;
                (PoolCriteria.Contains(criterion.Kind) ? narrowing : filters).Add(met);
            }
            // An entry level lists only the ungraded, so the grades held need not be worked out: an anti-join that
            // PostgreSQL runs in parallel, where `held` ranks every assessment on one core. Otherwise a region's grades
            // are read for its serving mediators only. The country's serving mediators are nearly all of those graded, so
            // that filter (a hash of every appointment in force) cost 2-3 s of a 10-13 s statement on the national data and
            // removed almost nothing; `pool` still keeps only the serving.
            var held = entry ? "" : GradingSql.HeldGrades(scope.RegionCode == RegionCode.Nation ? null : GradingSql.ServingIds) + ",\n";
            var grade = entry
                ? "CAST(NULL AS INTEGER) AS rank, CAST(NULL AS TEXT) AS level_name, CAST(NULL AS DATE) AS held_since FROM mediators m"
                : "h.rank, h.level_name, h.held_since FROM mediators m LEFT JOIN held h ON h.mediator_id = m.id";
            pool = $"""
                {held}pool AS MATERIALIZED (
                  SELECT m.id AS mediator_id, {grade}
                  WHERE {GradingSql.Serves("m.id", scope)}
                    AND {string.Join("\n    AND ", narrowing)})
                """;
        }
        else
        {
            // The country's first page is its first mediators by id. A region's mediators may lie anywhere in that order
            // (Mianyang's after 2.4 million others on the national data: 3.7 s of walking), so its page is chosen from
            // its serving appointments, read through its committees (18 ms for Mianyang, 0.5 s for a province).
            var page = scope.RegionCode == RegionCode.Nation
                ? $"""
                    SELECT m.id AS mediator_id FROM mediators m
                    WHERE m.id > {after_} AND {GradingSql.Serves("m.id", scope)}
                    ORDER BY m.id{limit}
                    """
                : $"""
                    SELECT DISTINCT s.mediator_id FROM region_serving s
                    WHERE s.mediator_id > {after_} AND {GradingSql.NotOutside("s.mediator_id", scope)}
                    ORDER BY s.mediator_id{limit}
                    """;
            pool = $"""
                {(scope.RegionCode == RegionCode.Nation ? "" : $"region_serving AS MATERIALIZED ({GradingSql.ServingIds}),\n")}page AS MATERIALIZED (
                  {page}),
                {GradingSql.HeldGrades("SELECT mediator_id FROM page")},
                pool AS MATERIALIZED (
                  SELECT p.mediator_id, h.rank, h.level_name, h.held_since FROM page p LEFT JOIN held h ON h.mediator_id = p.mediator_id)
                """;
        }
        var windows = Windows(level, asOf);
        var asked = level.Criteria.Select(c => c.Kind).ToHashSet();
        var counted = new List<string>();
        var joins = new List<string>();
        var led = asked.Overlaps(CaseCriteria);
        if (led)
        {
            // The last condition adds nothing to the two before it (a case closes on or after the day it is received, or is
            // still open), but it bounds the partition key, so PostgreSQL reads only the partitions of the windows' years
            // and the open cases' one (CasePartitions).
            counted.Add($"""
                led AS (
                  SELECT k.lead_mediator_id AS mediator_id,
                    SUM(CASE WHEN k.closed_on >= {W("cases_from", CriterionKind.CasesLed)} AND k.closed_on <= @as_of THEN 1 ELSE 0 END) AS cases_led,
                    SUM(CASE WHEN k.closed_on >= {W("oral_from", CriterionKind.OralAgreementShare)} AND k.closed_on <= @as_of AND k.outcome IN ('WrittenAgreement', 'OralAgreement') THEN 1 ELSE 0 END) AS oral_agreements,
                    SUM(CASE WHEN k.closed_on >= @oral_from AND k.closed_on <= @as_of AND k.outcome = 'OralAgreement' THEN 1 ELSE 0 END) AS oral_oral,
                    SUM(CASE WHEN k.closed_on >= {W("rate_from", CriterionKind.AgreementRate)} AND k.closed_on <= @as_of AND k.outcome NOT IN ('Withdrawn', 'Referred') THEN 1 ELSE 0 END) AS rate_decided,
                    SUM(CASE WHEN k.closed_on >= @rate_from AND k.closed_on <= @as_of AND k.outcome IN ('WrittenAgreement', 'OralAgreement') THEN 1 ELSE 0 END) AS rate_agreements,
                    SUM(CASE WHEN k.turned_criminal AND k.received_on >= {W("criminal_from", CriterionKind.NoCriminalCase)} AND k.received_on <= @as_of THEN 1 ELSE 0 END) AS criminal
                  FROM cases k
                  WHERE k.lead_mediator_id IN (SELECT mediator_id FROM pool)
                    AND ((k.closed_on >= {sql.Bind("cases_min_from", new[] { windows[CriterionKind.CasesLed], windows[CriterionKind.OralAgreementShare], windows[CriterionKind.AgreementRate] }.Min())} AND k.closed_on <= @as_of)
                         OR (k.turned_criminal AND k.received_on >= @criminal_from AND k.received_on <= @as_of))
                    AND (k.closed_on IS NULL OR k.closed_on >= {sql.Bind("closed_from", windows.Where(w => w.Key != CriterionKind.NoUpheldComplaint).Min(w => w.Value))})
                  GROUP BY k.lead_mediator_id)
                """);
            joins.Add("LEFT JOIN led l ON l.mediator_id = h.mediator_id");
        }
        if (asked.Contains(CriterionKind.TrainingHours))
        {
            counted.Add($"""
                trained AS (
                  SELECT t.mediator_id, SUM(t.minutes) AS minutes FROM training_credits t
                  WHERE t.mediator_id IN (SELECT mediator_id FROM pool)
                    AND t.year >= {sql.Bind("training_from_year", level.Criterion(CriterionKind.TrainingHours)!.TrainingFromYear(asOf))}
                    AND t.year <= {sql.Bind("as_of_year", asOf.Year)}
                  GROUP BY t.mediator_id)
                """);
            joins.Add("LEFT JOIN trained t ON t.mediator_id = h.mediator_id");
        }
        if (asked.Contains(CriterionKind.NoUpheldComplaint))
        {
            counted.Add($"""
                upheld AS (
                  SELECT p.mediator_id, COUNT(*) AS complaints FROM complaints p
                  WHERE p.mediator_id IN (SELECT mediator_id FROM pool) AND p.outcome = 'Upheld'
                    AND p.resolved_on >= {W("complaint_from", CriterionKind.NoUpheldComplaint)} AND p.resolved_on <= @as_of
                  GROUP BY p.mediator_id)
                """);
            joins.Add("LEFT JOIN upheld u ON u.mediator_id = h.mediator_id");
        }
        var figures = string.Join(", ", new[]
        {
            (led, Columns.CasesLed, "cases_led"), (led, Columns.OralAgreements, "oral_agreements"), (led, Columns.OralOral, "oral_oral"),
            (led, Columns.RateDecided, "rate_decided"), (led, Columns.RateAgreements, "rate_agreements"),
            (asked.Contains(CriterionKind.TrainingHours), Columns.TrainingMinutes, "training_minutes"), (led, Columns.CriminalCases, "criminal"),
            (asked.Contains(CriterionKind.NoUpheldComplaint), Columns.UpheldComplaints, "upheld_complaints"),
        }.Select(f => $"{(f.Item1 ? f.Item2 : "0")} AS {f.Item3}"));
        var text = $"""
            WITH {pool},
            {string.Concat(counted.Select(c => c + ",\n"))}listed AS MATERIALIZED (
              SELECT h.mediator_id, h.rank, h.level_name, h.held_since, {figures}
              FROM pool h
              {string.Join("\n  ", joins)}
              WHERE {(filters.Count == 0 ? "1 = 1" : string.Join("\n    AND ", filters))}),
            listed_page AS MATERIALIZED (
              SELECT * FROM listed WHERE mediator_id > {after_} ORDER BY mediator_id{limit}),
            certified AS (SELECT DISTINCT e.mediator_id FROM {GradingSql.ValidEvent} AND e.mediator_id IN (SELECT mediator_id FROM listed_page)),
            service AS (
              SELECT a.mediator_id, MIN(a.start_date) AS serving_since FROM appointments a
              WHERE a.start_date <= @as_of AND a.mediator_id IN (SELECT mediator_id FROM listed_page) GROUP BY a.mediator_id)
            SELECT m.id, m.name, sv.serving_since,
              p.cases_led, p.oral_agreements, p.oral_oral, p.rate_decided, p.rate_agreements, p.training_minutes, p.criminal, p.upheld_complaints,
              p.rank, p.level_name, p.held_since, CASE WHEN ce.mediator_id IS NULL THEN 0 ELSE 1 END AS certified,
              (SELECT COUNT(*) FROM listed) AS total
            FROM listed_page p
            JOIN mediators m ON m.id = p.mediator_id
            LEFT JOIN service sv ON sv.mediator_id = p.mediator_id
            LEFT JOIN certified ce ON ce.mediator_id = p.mediator_id
            ORDER BY m.id
            """;
        return sql.Write(_ => text);

        string W(string name, CriterionKind kind) => sql.Bind(name, windows[kind]);
    }

    /// <summary>Reads one row of <see cref="Statement"/>: the figures, and the statement's count (the last column).</summary>
    public static (GradingFiguresRow Row, int Total) Read(DbDataReader r)
    {
        var figures = new GradingFigures(r.Date(2), r.Int(3), r.Int(4), r.Int(5), r.Int(6), r.Int(7), r.Int(8), r.Int(9), r.Int(10),
            r.IsDBNull(11) ? null : r.Int(11), r.Date(13), r.Int(14) == 1);
        return (new GradingFiguresRow(r.GetInt64(0), r.GetString(1), r.Text(12), figures), r.Int(15));
    }

    /// <summary>The number of mediators serving in <paramref name="scope"/> on <paramref name="asOf"/>.</summary>
    public static SqlStatement ServingCount(GradingScope scope, DateOnly asOf)
    {
        var sql = new SqlStatement();
        GradingSql.BindScope(sql, scope, asOf);
        return sql.Write(_ => $"SELECT COUNT(*) FROM mediators m WHERE {GradingSql.Serves("m.id", scope)}");
    }

    /// <summary>Every mediator serving in <paramref name="regionCode"/> on <paramref name="asOf"/>, by id, with <paramref name="level"/>'s figures.</summary>
    public static Task<List<GradingFiguresRow>> FiguresAsync(RegistryDbContext db, string regionCode, GradeLevel level, DateOnly asOf,
        CancellationToken ct) => FiguresAsync(db, GradingScope.Whole(regionCode), level, asOf, ct);

    /// <summary>Every mediator serving in <paramref name="scope"/> on <paramref name="asOf"/>, by id, with <paramref name="level"/>'s figures.</summary>
    public static async Task<List<GradingFiguresRow>> FiguresAsync(RegistryDbContext db, GradingScope scope, GradeLevel level, DateOnly asOf,
        CancellationToken ct) =>
        (await new ReportSession(db, ReportTuning.LargeAggregatesFor(scope.RegionCode)).ReadAsync(Statement(scope, level, asOf, 0, false, null, null)!, Read, ct))
        .Select(r => r.Row).ToList();

    /// <summary>
    /// Each windowed criterion's first day; a criterion the level does not ask gets a window after <paramref name="asOf"/>,
    /// so it counts nothing.
    /// </summary>
    private static Dictionary<CriterionKind, DateOnly> Windows(GradeLevel level, DateOnly asOf) =>
        new[] { CriterionKind.CasesLed, CriterionKind.OralAgreementShare, CriterionKind.AgreementRate, CriterionKind.NoCriminalCase, CriterionKind.NoUpheldComplaint }
            .ToDictionary(k => k, k => level.Criterion(k)?.WindowStart(asOf) ?? asOf.AddDays(1));
}
