using Registry.Domain.Grading;

namespace Registry.Data.Reports.Grading;

/// <summary>
/// The SQL behind <c>gradeEligibility</c>: one statement, the same on both databases, that gives every mediator serving
/// in the region on the day (an appointment in force at a committee in its subtree, as <see cref="Appointment.IsActiveOn"/>)
/// with the raw figures a level's criteria are judged on — each counted in the window <see cref="GradeCriterion"/>
/// gives — their current grade and whether they hold a valid certificate. Nothing is judged here: the criteria do that
/// (<see cref="GradeEligibilityReport"/>). Dates compare as dates on PostgreSQL and as ISO text on SQLite; enums are
/// stored by name. The aggregates read whole tables and meet the serving mediators in hash joins: a semi-join on the
/// serving CTE was estimated at 200 rows by PostgreSQL and ran as 196,000 index look-ups.
/// </summary>
public static class GradingQueries
{
    private const string Sql = "WITH " + GradingSql.Serving + ", " + GradingSql.Certified + ", " + """
        service AS (
          SELECT a.mediator_id, MIN(a.start_date) AS serving_since FROM appointments a
          WHERE a.start_date <= @as_of GROUP BY a.mediator_id),
        led AS (
          SELECT k.lead_mediator_id AS mediator_id,
            SUM(CASE WHEN k.closed_on >= @cases_from AND k.closed_on <= @as_of THEN 1 ELSE 0 END) AS cases_led,
            SUM(CASE WHEN k.closed_on >= @oral_from AND k.closed_on <= @as_of AND k.outcome IN ('WrittenAgreement', 'OralAgreement') THEN 1 ELSE 0 END) AS oral_agreements,
            SUM(CASE WHEN k.closed_on >= @oral_from AND k.closed_on <= @as_of AND k.outcome = 'OralAgreement' THEN 1 ELSE 0 END) AS oral_oral,
            SUM(CASE WHEN k.closed_on >= @rate_from AND k.closed_on <= @as_of AND k.outcome NOT IN ('Withdrawn', 'Referred') THEN 1 ELSE 0 END) AS rate_decided,
            SUM(CASE WHEN k.closed_on >= @rate_from AND k.closed_on <= @as_of AND k.outcome IN ('WrittenAgreement', 'OralAgreement') THEN 1 ELSE 0 END) AS rate_agreements,
            SUM(CASE WHEN k.turned_criminal AND k.received_on >= @criminal_from AND k.received_on <= @as_of THEN 1 ELSE 0 END) AS criminal
          FROM cases k
          WHERE (k.closed_on >= @cases_min_from AND k.closed_on <= @as_of)
             OR (k.turned_criminal AND k.received_on >= @criminal_from AND k.received_on <= @as_of)
          GROUP BY k.lead_mediator_id),
        trained AS (
          SELECT t.mediator_id, SUM(t.minutes) AS minutes FROM training_credits t
          WHERE t.year >= @training_from_year AND t.year <= @as_of_year GROUP BY t.mediator_id),
        upheld AS (
          SELECT p.mediator_id, COUNT(*) AS complaints FROM complaints p
          WHERE p.outcome = 'Upheld' AND p.resolved_on >= @complaint_from AND p.resolved_on <= @as_of GROUP BY p.mediator_id),
        assessed AS (
          SELECT g.mediator_id, g.rank, g.level_name, g.assessed_on,
                 ROW_NUMBER() OVER (PARTITION BY g.mediator_id ORDER BY g.assessed_on DESC, g.id DESC) AS latest
          FROM grade_assessments g WHERE g.assessed_on <= @as_of),
        graded AS (SELECT mediator_id, rank, level_name FROM assessed WHERE latest = 1),
        other_rank AS (
          SELECT a.mediator_id, MAX(a.assessed_on) AS last_on FROM assessed a JOIN graded d ON d.mediator_id = a.mediator_id
          WHERE a.rank <> d.rank GROUP BY a.mediator_id),
        held AS (
          SELECT d.mediator_id, d.rank, d.level_name, MIN(a.assessed_on) AS held_since
          FROM graded d JOIN assessed a ON a.mediator_id = d.mediator_id AND a.rank = d.rank
          LEFT JOIN other_rank o ON o.mediator_id = d.mediator_id
          WHERE o.last_on IS NULL OR a.assessed_on > o.last_on
          GROUP BY d.mediator_id, d.rank, d.level_name)
        SELECT m.id, m.name, sv.serving_since,
          COALESCE(l.cases_led, 0), COALESCE(l.oral_agreements, 0), COALESCE(l.oral_oral, 0),
          COALESCE(l.rate_decided, 0), COALESCE(l.rate_agreements, 0), COALESCE(t.minutes, 0), COALESCE(l.criminal, 0),
          COALESCE(u.complaints, 0), h.rank, h.level_name, h.held_since, CASE WHEN ce.mediator_id IS NULL THEN 0 ELSE 1 END
        FROM serving s
        JOIN mediators m ON m.id = s.mediator_id
        LEFT JOIN service sv ON sv.mediator_id = s.mediator_id
        LEFT JOIN led l ON l.mediator_id = s.mediator_id
        LEFT JOIN trained t ON t.mediator_id = s.mediator_id
        LEFT JOIN upheld u ON u.mediator_id = s.mediator_id
        LEFT JOIN held h ON h.mediator_id = s.mediator_id
        LEFT JOIN certified ce ON ce.mediator_id = s.mediator_id
        ORDER BY m.id
        """;

    /// <summary>Every mediator serving in <paramref name="regionCode"/> on <paramref name="asOf"/>, by id, with <paramref name="level"/>'s figures.</summary>
    public static Task<List<GradingFiguresRow>> FiguresAsync(RegistryDbContext db, string regionCode, GradeLevel level, DateOnly asOf,
        CancellationToken ct)
    {
        var from = Windows(level, asOf);
        var parameters = GradingSql.Scope(regionCode, asOf);
        parameters["as_of_year"] = asOf.Year;
        parameters["cases_from"] = from[CriterionKind.CasesLed];
        parameters["oral_from"] = from[CriterionKind.OralAgreementShare];
        parameters["rate_from"] = from[CriterionKind.AgreementRate];
        parameters["cases_min_from"] = new[] { from[CriterionKind.CasesLed], from[CriterionKind.OralAgreementShare], from[CriterionKind.AgreementRate] }.Min();
        parameters["criminal_from"] = from[CriterionKind.NoCriminalCase];
        parameters["complaint_from"] = from[CriterionKind.NoUpheldComplaint];
        parameters["training_from_year"] = level.Criterion(CriterionKind.TrainingHours)?.TrainingFromYear(asOf) ?? asOf.Year + 1;
        return GradingSql.ReadAsync(db, Sql, parameters, reader =>
        {
            var figures = new GradingFigures(GradingSql.Date(reader, 2), GradingSql.Int(reader, 3), GradingSql.Int(reader, 4), GradingSql.Int(reader, 5),
                GradingSql.Int(reader, 6), GradingSql.Int(reader, 7), GradingSql.Int(reader, 8), GradingSql.Int(reader, 9), GradingSql.Int(reader, 10),
                reader.IsDBNull(11) ? null : GradingSql.Int(reader, 11), GradingSql.Date(reader, 13), GradingSql.Int(reader, 14) == 1);
            return new GradingFiguresRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(12) ? null : reader.GetString(12), figures);
        }, ct);
    }

    /// <summary>
    /// Each windowed criterion's first day; a criterion the level does not ask gets a window after <paramref name="asOf"/>,
    /// so it counts nothing.
    /// </summary>
    private static Dictionary<CriterionKind, DateOnly> Windows(GradeLevel level, DateOnly asOf) =>
        new[] { CriterionKind.CasesLed, CriterionKind.OralAgreementShare, CriterionKind.AgreementRate, CriterionKind.NoCriminalCase, CriterionKind.NoUpheldComplaint }
            .ToDictionary(k => k, k => level.Criterion(k)?.WindowStart(asOf) ?? asOf.AddDays(1));
}
