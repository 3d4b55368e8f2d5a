using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// The SQL of a training compliance report, shared by both databases. A mediator is counted when an appointment in
/// force on the reference date is at a committee inside the region; the requirement is resolved per zone
/// (<see cref="TrainingRequirementResolver.Zones"/>) in C# and applied in SQL as a CASE on the committee's region,
/// taking the strictest figure when a mediator serves in several zones. Credit is summed over the calendar year's
/// sessions that are not cancelled, from attendances with minutes (ATTENDED or PARTIAL).
/// </summary>
internal sealed class TrainingComplianceSql(string regionCode, DateOnly referenceDate, int year,
    IReadOnlyList<(string Zone, GoverningRequirement Requirement)> zones)
{
    private readonly List<object> parameters = [];

    public object[] Parameters => parameters.ToArray();

    /// <summary>A builder with the same report and no parameters yet: one per command.</summary>
    public TrainingComplianceSql Fresh() => new(regionCode, referenceDate, year, zones);

    private string P(object value)
    {
        parameters.Add(value);
        return $"{{{parameters.Count - 1}}}";
    }

    private string InRange(string column, string prefix) =>
        $"{column} >= {P(prefix)} AND {column} < {P(Domain.Regions.RegionCode.UpperBound(prefix))}";

    /// <summary>Appointments in force on the reference date at committees in the region, as <c>a</c> joined to <c>c</c>.</summary>
    private string Serving() =>
        $"FROM appointments a JOIN committees c ON c.id = a.committee_id WHERE {InRange("c.region_code", regionCode)} " +
        $"AND a.start_date <= {P(referenceDate)} AND (a.end_date IS NULL OR a.end_date >= {P(referenceDate)})";

    private string Zone(Func<GoverningRequirement, int> figure, string column = "c.region_code")
    {
        var distinct = zones.Select(z => figure(z.Requirement)).Distinct().Count();
        if (distinct == 1) return figure(zones[0].Requirement).ToString();
        var branches = zones.Where(z => z.Zone != regionCode).Select(z => $"WHEN {InRange(column, z.Zone)} THEN {figure(z.Requirement)}");
        return $"CASE {string.Join(' ', branches)} ELSE {figure(zones.Single(z => z.Zone == regionCode).Requirement)} END";
    }

    private string YearSessions(string alias) =>
        $"{alias}.date >= {P(new DateOnly(year, 1, 1))} AND {alias}.date <= {P(new DateOnly(year, 12, 31))} AND {alias}.cancelled_on IS NULL";

    /// <summary>One row per counted mediator: what they must meet and what they were credited.</summary>
    public string MediatorRows() => Rows(
        $"SELECT a.mediator_id, CAST(MAX({Zone(r => r.MinMinutesPerYear)}) AS BIGINT) AS required_minutes, " +
        $"CAST(MAX({Zone(r => r.MinPracticalSessionsPerYear)}) AS BIGINT) AS required_practical {Serving()} GROUP BY a.mediator_id");

    /// <summary>Credits the year's attendances to each counted mediator of <paramref name="counted"/> (mediator_id, required_minutes, required_practical).</summary>
    private string Rows(string counted) =>
        "SELECT m.mediator_id, m.required_minutes, m.required_practical, " +
        "CAST(COALESCE(SUM(x.minutes), 0) AS BIGINT) AS minutes, " +
        "CAST(COALESCE(SUM(CASE WHEN s.is_practical THEN 1 ELSE 0 END), 0) AS BIGINT) AS practical_count " +
        $"FROM ({counted}) m " +
        $"LEFT JOIN (attendances x JOIN training_sessions s ON s.id = x.session_id AND {YearSessions("s")}) " +
        "ON x.mediator_id = m.mediator_id AND x.minutes > 0 " +
        "GROUP BY m.mediator_id, m.required_minutes, m.required_practical";

    private const string Compliant = "r.minutes >= r.required_minutes AND r.practical_count >= r.required_practical";

    /// <summary>
    /// Everything the report needs from the per-mediator rows in one pass: the totals, one row per direct child, and the
    /// first <paramref name="behindRows"/> mediators behind (by id), and the hours by tier and form. The serving appointments
    /// are read where needed; the per-mediator rows are computed once (a materialized CTE).
    /// </summary>
    public string Everything(IReadOnlyList<string> children, int behindRows)
    {
        // The per-mediator rows are computed once. The serving appointments (a cheap hash join) are inlined where used, so the
        // planner sees their real size: materialized, PostgreSQL guesses 200 rows and picks a nested loop over attendances.
        var sql = new System.Text.StringBuilder($"WITH g AS NOT MATERIALIZED (SELECT a.mediator_id, c.region_code {Serving()}), ");
        sql.Append("r AS MATERIALIZED (").Append(Rows(
            $"SELECT g.mediator_id, CAST(MAX({Zone(r => r.MinMinutesPerYear, "g.region_code")}) AS BIGINT) AS required_minutes, " +
            $"CAST(MAX({Zone(r => r.MinPracticalSessionsPerYear, "g.region_code")}) AS BIGINT) AS required_practical FROM g GROUP BY g.mediator_id")).Append(") ");
        sql.Append("SELECT 'summary' AS kind, CAST(NULL AS TEXT) AS region_code, CAST(0 AS BIGINT) AS mediator_id, CAST(COUNT(*) AS BIGINT) AS mediator_count, ")
           .Append($"CAST(COALESCE(SUM(CASE WHEN {Compliant} THEN 1 ELSE 0 END), 0) AS BIGINT) AS compliant_count, ")
           .Append("CAST(0 AS BIGINT) AS required_minutes, CAST(0 AS BIGINT) AS required_practical, CAST(0 AS BIGINT) AS minutes, CAST(0 AS BIGINT) AS practical_count FROM r ");
        if (children.Count > 0)
        {
            var branches = string.Join(' ', children.Select(child => $"WHEN {InRange("g.region_code", child)} THEN {P(child)}"));
            sql.Append($"UNION ALL SELECT 'child', k.child, 0, COUNT(*), SUM(CASE WHEN {Compliant} THEN 1 ELSE 0 END), 0, 0, 0, 0 ")
               .Append($"FROM (SELECT DISTINCT g.mediator_id, CASE {branches} END AS child FROM g) k ")
               .Append("JOIN r ON r.mediator_id = k.mediator_id WHERE k.child IS NOT NULL GROUP BY k.child ");
        }
        sql.Append("UNION ALL SELECT 'hours', s.tier || '|' || s.form, 0, COUNT(*), 0, 0, 0, SUM(x.minutes), 0 ")
           .Append($"FROM attendances x JOIN training_sessions s ON s.id = x.session_id WHERE {YearSessions("s")} AND x.minutes > 0 ")
           .Append("AND x.mediator_id IN (SELECT g.mediator_id FROM g) GROUP BY s.tier, s.form ");
        sql.Append("UNION ALL SELECT * FROM (SELECT 'behind', NULL, r.mediator_id, 0, 0, r.required_minutes, r.required_practical, r.minutes, r.practical_count ")
           .Append($"FROM r WHERE NOT ({Compliant}) ORDER BY r.mediator_id LIMIT {behindRows}) b");
        return sql.ToString();
    }
}

public sealed class ComplianceRow
{
    public long MediatorId { get; init; }
    public long RequiredMinutes { get; init; }
    public long RequiredPractical { get; init; }
    public long Minutes { get; init; }
    public long PracticalCount { get; init; }

    public TrainingStanding Standing => new((int)Minutes, (int)PracticalCount,
        new GoverningRequirement((int)RequiredMinutes, null, (int)RequiredPractical, null, 0, null));
}

/// <summary>
/// One row of <see cref="TrainingComplianceSql.Everything"/>, by kind: summary (counts), child (region_code, counts),
/// behind (a mediator's figures), hours ("TIER|FORM" in region_code, attendances in mediator_count, minutes).
/// </summary>
internal sealed class ReportRow
{
    public string Kind { get; init; } = "";
    public string? RegionCode { get; init; }
    public long MediatorId { get; init; }
    public long MediatorCount { get; init; }
    public long CompliantCount { get; init; }
    public long RequiredMinutes { get; init; }
    public long RequiredPractical { get; init; }
    public long Minutes { get; init; }
    public long PracticalCount { get; init; }
}
