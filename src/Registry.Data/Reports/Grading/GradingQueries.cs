using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Domain.Grading;

namespace Registry.Data.Reports.Grading;

/// <summary>
/// The SQL behind <c>gradeEligibility</c>: one statement, the same on both databases, that gives every mediator serving
/// in the region on the day (an appointment in force at a committee in its subtree, as <see cref="Appointment.IsActiveOn"/>)
/// with the raw figures a level's criteria are judged on — each counted in the window <see cref="GradeCriterion"/>
/// gives — their current grade and whether they hold a valid certificate. Nothing is judged here: the criteria do that
/// (<see cref="GradeEligibilityReport"/>). Dates compare as dates on PostgreSQL and as ISO text on SQLite; enums are
/// stored by name.
/// </summary>
public static class GradingQueries
{
    private const string Sql = """
        WITH serving AS (
          SELECT DISTINCT a.mediator_id FROM appointments a JOIN committees c ON c.id = a.committee_id
          WHERE c.region_code >= @region_lo AND c.region_code < @region_hi
            AND a.start_date <= @as_of AND (a.end_date IS NULL OR a.end_date >= @as_of)),
        service AS (
          SELECT a.mediator_id, MIN(a.start_date) AS serving_since FROM appointments a JOIN serving s ON s.mediator_id = a.mediator_id
          WHERE a.start_date <= @as_of GROUP BY a.mediator_id),
        led AS (
          SELECT k.lead_mediator_id AS mediator_id,
            SUM(CASE WHEN k.closed_on >= @cases_from AND k.closed_on <= @as_of THEN 1 ELSE 0 END) AS cases_led,
            SUM(CASE WHEN k.closed_on >= @oral_from AND k.closed_on <= @as_of AND k.outcome IN ('WrittenAgreement', 'OralAgreement') THEN 1 ELSE 0 END) AS oral_agreements,
            SUM(CASE WHEN k.closed_on >= @oral_from AND k.closed_on <= @as_of AND k.outcome = 'OralAgreement' THEN 1 ELSE 0 END) AS oral_oral,
            SUM(CASE WHEN k.closed_on >= @rate_from AND k.closed_on <= @as_of AND k.outcome NOT IN ('Withdrawn', 'Referred') THEN 1 ELSE 0 END) AS rate_decided,
            SUM(CASE WHEN k.closed_on >= @rate_from AND k.closed_on <= @as_of AND k.outcome IN ('WrittenAgreement', 'OralAgreement') THEN 1 ELSE 0 END) AS rate_agreements,
            SUM(CASE WHEN k.turned_criminal AND k.received_on >= @criminal_from AND k.received_on <= @as_of THEN 1 ELSE 0 END) AS criminal
          FROM cases k JOIN serving s ON s.mediator_id = k.lead_mediator_id
          WHERE (k.closed_on >= @cases_min_from AND k.closed_on <= @as_of)
             OR (k.turned_criminal AND k.received_on >= @criminal_from AND k.received_on <= @as_of)
          GROUP BY k.lead_mediator_id),
        trained AS (
          SELECT t.mediator_id, SUM(t.minutes) AS minutes FROM training_credits t JOIN serving s ON s.mediator_id = t.mediator_id
          WHERE t.year >= @training_from_year AND t.year <= @as_of_year GROUP BY t.mediator_id),
        upheld AS (
          SELECT p.mediator_id, COUNT(*) AS complaints FROM complaints p JOIN serving s ON s.mediator_id = p.mediator_id
          WHERE p.outcome = 'Upheld' AND p.resolved_on >= @complaint_from AND p.resolved_on <= @as_of GROUP BY p.mediator_id),
        graded AS (
          SELECT g.mediator_id, g.rank, g.level_name FROM grade_assessments g JOIN serving s ON s.mediator_id = g.mediator_id
          WHERE g.assessed_on <= @as_of AND NOT EXISTS (
            SELECT 1 FROM grade_assessments h WHERE h.mediator_id = g.mediator_id AND h.assessed_on <= @as_of
              AND (h.assessed_on > g.assessed_on OR (h.assessed_on = g.assessed_on AND h.id > g.id)))),
        held AS (
          SELECT d.mediator_id, d.rank, d.level_name, (
            SELECT MIN(g.assessed_on) FROM grade_assessments g
            WHERE g.mediator_id = d.mediator_id AND g.rank = d.rank AND g.assessed_on <= @as_of
              AND NOT EXISTS (SELECT 1 FROM grade_assessments o WHERE o.mediator_id = d.mediator_id AND o.rank <> d.rank
                                AND o.assessed_on >= g.assessed_on AND o.assessed_on <= @as_of)) AS held_since
          FROM graded d),
        certified AS (
          SELECT DISTINCT e.mediator_id FROM certificate_events e JOIN serving s ON s.mediator_id = e.mediator_id
          WHERE e."on" <= @as_of AND e.status_after = 'Active' AND e.valid_until_after >= @as_of
            AND NOT EXISTS (SELECT 1 FROM certificate_events f WHERE f.certificate_id = e.certificate_id
                              AND f."on" <= @as_of AND f.sequence > e.sequence))
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
    public static async Task<List<GradingFiguresRow>> FiguresAsync(RegistryDbContext db, string regionCode, GradeLevel level, DateOnly asOf,
        CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Sql;
        var from = Windows(level, asOf);
        Add(command, db, "region_lo", regionCode);
        Add(command, db, "region_hi", Domain.Regions.RegionCode.UpperBound(regionCode));
        Add(command, db, "as_of", asOf);
        Add(command, db, "as_of_year", asOf.Year);
        Add(command, db, "cases_from", from[CriterionKind.CasesLed]);
        Add(command, db, "oral_from", from[CriterionKind.OralAgreementShare]);
        Add(command, db, "rate_from", from[CriterionKind.AgreementRate]);
        Add(command, db, "cases_min_from", new[] { from[CriterionKind.CasesLed], from[CriterionKind.OralAgreementShare], from[CriterionKind.AgreementRate] }.Min());
        Add(command, db, "criminal_from", from[CriterionKind.NoCriminalCase]);
        Add(command, db, "complaint_from", from[CriterionKind.NoUpheldComplaint]);
        Add(command, db, "training_from_year", level.Criterion(CriterionKind.TrainingHours)?.TrainingFromYear(asOf) ?? asOf.Year + 1);

        var rows = new List<GradingFiguresRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var figures = new GradingFigures(Date(reader, 2), Int(reader, 3), Int(reader, 4), Int(reader, 5), Int(reader, 6), Int(reader, 7),
                Int(reader, 8), Int(reader, 9), Int(reader, 10), reader.IsDBNull(11) ? null : Int(reader, 11), Date(reader, 13), Int(reader, 14) == 1);
            rows.Add(new GradingFiguresRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(12) ? null : reader.GetString(12), figures));
        }
        return rows;
    }

    /// <summary>
    /// Each windowed criterion's first day; a criterion the level does not ask gets a window after <paramref name="asOf"/>,
    /// so it counts nothing.
    /// </summary>
    private static Dictionary<CriterionKind, DateOnly> Windows(GradeLevel level, DateOnly asOf) =>
        new[] { CriterionKind.CasesLed, CriterionKind.OralAgreementShare, CriterionKind.AgreementRate, CriterionKind.NoCriminalCase, CriterionKind.NoUpheldComplaint }
            .ToDictionary(k => k, k => level.Criterion(k)?.WindowStart(asOf) ?? asOf.AddDays(1));

    private static void Add(DbCommand command, RegistryDbContext db, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        // SQLite keeps dates as ISO text; PostgreSQL compares them as dates.
        parameter.Value = value is DateOnly d && db.Provider == DatabaseProvider.Sqlite ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
        command.Parameters.Add(parameter);
    }

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static DateOnly? Date(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Unexpected date value {other}."),
    };
}
