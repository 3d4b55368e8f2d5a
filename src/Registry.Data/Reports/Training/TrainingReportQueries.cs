using System.Globalization;
using Registry.Data.Reports.Sql;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>
/// The statements of a training compliance report, shared by both databases, and the row records they return. A
/// mediator is counted when an appointment in force on the reference date is at a committee inside the region; the
/// requirement is resolved per zone (<see cref="TrainingRequirementResolver.Zones"/>) in C# and applied in SQL as a CASE
/// on the committee's region, taking the strictest figure when a mediator serves in several zones. What a mediator is
/// credited in the year is read from <c>training_credits</c> (<see cref="Data.Training.TrainingCredits"/>), one row per
/// mediator; who complies is <see cref="TrainingSql.Compliant"/>, written from <see cref="TrainingStanding"/>.
/// </summary>
internal sealed class TrainingReportQueries(string regionCode, DateOnly referenceDate, int year, int childLength,
    IReadOnlyList<(string Zone, GoverningRequirement Requirement)> zones)
{
    /// <summary>Appointments in force on the reference date at committees in the region, as <c>a</c> joined to <c>c</c>.</summary>
    private string Serving(SqlStatement sql) =>
        $"FROM appointments a JOIN committees c ON c.id = a.committee_id WHERE {RosterSql.InRegion(sql, "c.region_code", regionCode, "region")} " +
        $"AND {RosterSql.AppointmentInForce("a", sql.Bind("day", referenceDate))}";

    private string Zone(SqlStatement sql, TrainingLackKind measure)
    {
        int Figure(GoverningRequirement requirement) => new TrainingStanding(0, 0, requirement).Required(measure);
        var distinct = zones.Select(z => Figure(z.Requirement)).Distinct().Count();
        if (distinct == 1) return Figure(zones[0].Requirement).ToString(CultureInfo.InvariantCulture);
        var branches = zones.Where(z => z.Zone != regionCode)
            .Select(z => $"WHEN {RosterSql.InRegion(sql, "c.region_code", z.Zone)} THEN {Figure(z.Requirement)}");
        return $"CASE {string.Join(' ', branches)} ELSE {Figure(zones.Single(z => z.Zone == regionCode).Requirement)} END";
    }

    /// <summary>
    /// <c>serving</c>: one row per serving appointment with its child region (the committee's code cut to the children's
    /// length) and the figures required in its zone. <c>r</c>: one row per counted mediator with what they must meet,
    /// what they were credited and whether that complies, plus their first and last child region. An appointment that
    /// shares no day with another of its mediator's (<see cref="Appointment.OverlapsAnother"/> false) is that mediator's
    /// only one, so such rows, nearly all, are taken as they are; only the rest are grouped by mediator (the strictest
    /// figure of the zones they serve in). <c>r</c> is computed once (materialized); <c>serving</c> is inlined where
    /// used, so each use gets its own plan (the overlapping rows are few and found without the full join).
    /// </summary>
    private string Standings(SqlStatement sql) =>
        $"WITH serving AS NOT MATERIALIZED (SELECT a.mediator_id, substr(c.region_code, 1, {childLength}) AS child, a.overlaps_another, " +
        $"{Zone(sql, TrainingLackKind.Hours)} AS required_minutes, {Zone(sql, TrainingLackKind.PracticalSessions)} AS required_practical {Serving(sql)}), " +
        "r AS MATERIALIZED (SELECT p.mediator_id, p.first_child, p.last_child, " +
        "CAST(p.required_minutes AS BIGINT) AS required_minutes, CAST(p.required_practical AS BIGINT) AS required_practical, " +
        "CAST(COALESCE(t.minutes, 0) AS BIGINT) AS minutes, CAST(COALESCE(t.practical_sessions, 0) AS BIGINT) AS practical_count, " +
        $"CASE WHEN {TrainingSql.Compliant(Columns)} THEN 1 ELSE 0 END AS compliant " +
        "FROM (SELECT mediator_id, child AS first_child, child AS last_child, required_minutes, required_practical FROM serving WHERE NOT overlaps_another " +
        "UNION ALL SELECT mediator_id, MIN(child), MAX(child), MAX(required_minutes), MAX(required_practical) FROM serving WHERE overlaps_another GROUP BY mediator_id) p " +
        $"LEFT JOIN training_credits t ON t.mediator_id = p.mediator_id AND t.year = {sql.Bind("year", year)}) ";

    /// <summary>Where <see cref="Standings"/> holds each measure's credited and required figure (<c>t</c> may be missing: nothing credited).</summary>
    private static (string Actual, string Required) Columns(TrainingLackKind measure) => measure switch
    {
        TrainingLackKind.Hours => ("COALESCE(t.minutes, 0)", "p.required_minutes"),
        TrainingLackKind.PracticalSessions => ("COALESCE(t.practical_sessions, 0)", "p.required_practical"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "The training report has no column for this measure yet."),
    };

    /// <summary>
    /// The totals, the child regions and the first <paramref name="behindRows"/> mediators behind (by id) in one
    /// statement, read as <see cref="TrainingReportRow"/>. Tally rows count the mediators per child region, those
    /// serving in one child under its code and those serving in several under NULL; their sum is the total. Shared rows
    /// count the latter again in each child they serve.
    /// </summary>
    public SqlStatement Everything(int behindRows) => new SqlStatement().Write(sql =>
        Standings(sql) +
        "SELECT 'tally' AS kind, CASE WHEN r.first_child = r.last_child THEN r.first_child END AS region_code, CAST(0 AS BIGINT) AS mediator_id, " +
        "CAST(COUNT(*) AS BIGINT) AS mediator_count, CAST(SUM(r.compliant) AS BIGINT) AS compliant_count, CAST(0 AS BIGINT) AS required_minutes, " +
        "CAST(0 AS BIGINT) AS required_practical, CAST(0 AS BIGINT) AS minutes, CAST(0 AS BIGINT) AS practical_count " +
        "FROM r GROUP BY CASE WHEN r.first_child = r.last_child THEN r.first_child END " +
        "UNION ALL SELECT 'shared', s.child, 0, COUNT(*), SUM(r.compliant), 0, 0, 0, 0 " +
        "FROM (SELECT DISTINCT mediator_id, child FROM serving WHERE overlaps_another) s " +
        "JOIN r ON r.mediator_id = s.mediator_id AND r.first_child <> r.last_child GROUP BY s.child " +
        "UNION ALL SELECT * FROM (SELECT 'behind', NULL, r.mediator_id, 0, 0, r.required_minutes, r.required_practical, r.minutes, r.practical_count " +
        $"FROM r WHERE r.compliant = 0 ORDER BY r.mediator_id LIMIT {behindRows}) b");

    public static TrainingReportRow ReadEverything(System.Data.Common.DbDataReader reader) =>
        new(reader.GetString(0), reader.Text(1), reader.Long(2), reader.Long(3), reader.Long(4),
            new MediatorTrainingFigures(reader.Long(2), reader.Int(5), reader.Int(6), reader.Int(7), reader.Int(8)));

    /// <summary>The next <paramref name="rows"/> mediators behind after <paramref name="after"/>, from the same per-mediator rows.</summary>
    public SqlStatement BehindAfter(long after, int rows) => new SqlStatement().Write(sql =>
        Standings(sql) + "SELECT r.mediator_id, r.required_minutes, r.required_practical, r.minutes, r.practical_count " +
        $"FROM r WHERE r.compliant = 0 AND r.mediator_id > {sql.Bind("after", after)} ORDER BY r.mediator_id LIMIT {rows}");

    public static MediatorTrainingFigures ReadFigures(System.Data.Common.DbDataReader reader) =>
        new(reader.Long(0), reader.Int(1), reader.Int(2), reader.Int(3), reader.Int(4));

    /// <summary>
    /// The year's credited attendances of the counted mediators, by the session's tier and form. The serving appointments
    /// are a subquery, not a CTE, so PostgreSQL sees their size and makes a hash semi-join of it.
    /// </summary>
    public SqlStatement Hours() => new SqlStatement().Write(sql =>
        "SELECT s.tier AS tier, s.form AS form, CAST(COUNT(*) AS BIGINT) AS attendances, CAST(SUM(x.minutes) AS BIGINT) AS minutes " +
        $"FROM {TrainingSql.CreditedAttendances} WHERE s.date >= {sql.Bind("from", new DateOnly(year, 1, 1))} AND s.date <= {sql.Bind("to", new DateOnly(year, 12, 31))} " +
        $"AND x.mediator_id IN (SELECT a.mediator_id {Serving(sql)}) GROUP BY s.tier, s.form");

    public static TrainingHoursRow ReadHours(System.Data.Common.DbDataReader reader) =>
        new(reader.Enum<TrainingTier>(0), reader.Enum<TrainingForm>(1), reader.Long(2), reader.Long(3));
}
