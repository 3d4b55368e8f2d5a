using System.Globalization;
using Registry.Data.Training;
using Registry.Domain.Appointments;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// The SQL of a training compliance report, shared by both databases. A mediator is counted when an appointment in
/// force on the reference date is at a committee inside the region; the requirement is resolved per zone
/// (<see cref="TrainingRequirementResolver.Zones"/>) in C# and applied in SQL as a CASE on the committee's region,
/// taking the strictest figure when a mediator serves in several zones. What a mediator is credited in the year is read
/// from <c>training_credits</c> (<see cref="TrainingCredits"/>), one row per mediator; compliance is
/// <see cref="TrainingStanding.IsCompliant"/>.
/// </summary>
internal sealed class TrainingComplianceSql(string regionCode, DateOnly referenceDate, int year, int childLength,
    IReadOnlyList<(string Zone, GoverningRequirement Requirement)> zones)
{
    private readonly List<object> parameters = [];

    public object[] Parameters => parameters.ToArray();

    /// <summary>A builder with the same report and no parameters yet: one per command.</summary>
    public TrainingComplianceSql Fresh() => new(regionCode, referenceDate, year, childLength, zones);

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

    private string Zone(Func<GoverningRequirement, int> figure)
    {
        var distinct = zones.Select(z => figure(z.Requirement)).Distinct().Count();
        if (distinct == 1) return figure(zones[0].Requirement).ToString(CultureInfo.InvariantCulture);
        var branches = zones.Where(z => z.Zone != regionCode).Select(z => $"WHEN {InRange("c.region_code", z.Zone)} THEN {figure(z.Requirement)}");
        return $"CASE {string.Join(' ', branches)} ELSE {figure(zones.Single(z => z.Zone == regionCode).Requirement)} END";
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
    private string Standings() =>
        $"WITH serving AS NOT MATERIALIZED (SELECT a.mediator_id, substr(c.region_code, 1, {childLength}) AS child, a.overlaps_another, " +
        $"{Zone(r => r.MinMinutesPerYear)} AS required_minutes, {Zone(r => r.MinPracticalSessionsPerYear)} AS required_practical {Serving()}), " +
        "r AS MATERIALIZED (SELECT p.mediator_id, p.first_child, p.last_child, " +
        "CAST(p.required_minutes AS BIGINT) AS required_minutes, CAST(p.required_practical AS BIGINT) AS required_practical, " +
        "CAST(COALESCE(t.minutes, 0) AS BIGINT) AS minutes, CAST(COALESCE(t.practical_sessions, 0) AS BIGINT) AS practical_count, " +
        "CASE WHEN COALESCE(t.minutes, 0) >= p.required_minutes AND COALESCE(t.practical_sessions, 0) >= p.required_practical THEN 1 ELSE 0 END AS compliant " +
        "FROM (SELECT mediator_id, child AS first_child, child AS last_child, required_minutes, required_practical FROM serving WHERE NOT overlaps_another " +
        "UNION ALL SELECT mediator_id, MIN(child), MAX(child), MAX(required_minutes), MAX(required_practical) FROM serving WHERE overlaps_another GROUP BY mediator_id) p " +
        $"LEFT JOIN training_credits t ON t.mediator_id = p.mediator_id AND t.year = {P(year)}) ";

    /// <summary>
    /// The totals, the child regions and the first <paramref name="behindRows"/> mediators behind (by id) in one
    /// statement. Tally rows count the mediators per child region, those serving in one child under its code and those
    /// serving in several under NULL; their sum is the total. Shared rows count the latter again in each child they serve.
    /// </summary>
    public string Everything(int behindRows) =>
        Standings() +
        "SELECT 'tally' AS kind, CASE WHEN r.first_child = r.last_child THEN r.first_child END AS region_code, CAST(0 AS BIGINT) AS mediator_id, " +
        "CAST(COUNT(*) AS BIGINT) AS mediator_count, CAST(SUM(r.compliant) AS BIGINT) AS compliant_count, CAST(0 AS BIGINT) AS required_minutes, " +
        "CAST(0 AS BIGINT) AS required_practical, CAST(0 AS BIGINT) AS minutes, CAST(0 AS BIGINT) AS practical_count " +
        "FROM r GROUP BY CASE WHEN r.first_child = r.last_child THEN r.first_child END " +
        "UNION ALL SELECT 'shared', s.child, 0, COUNT(*), SUM(r.compliant), 0, 0, 0, 0 " +
        "FROM (SELECT DISTINCT mediator_id, child FROM serving WHERE overlaps_another) s " +
        "JOIN r ON r.mediator_id = s.mediator_id AND r.first_child <> r.last_child GROUP BY s.child " +
        "UNION ALL SELECT * FROM (SELECT 'behind', NULL, r.mediator_id, 0, 0, r.required_minutes, r.required_practical, r.minutes, r.practical_count " +
        $"FROM r WHERE r.compliant = 0 ORDER BY r.mediator_id LIMIT {behindRows}) b";

    /// <summary>The next <paramref name="rows"/> mediators behind after <paramref name="after"/>, from the same per-mediator rows.</summary>
    public string BehindAfter(long after, int rows) =>
        Standings() + "SELECT r.mediator_id, r.required_minutes, r.required_practical, r.minutes, r.practical_count " +
        $"FROM r WHERE r.compliant = 0 AND r.mediator_id > {P(after)} ORDER BY r.mediator_id LIMIT {rows}";

    /// <summary>
    /// The year's credited attendances of the counted mediators, by the session's tier and form. The serving appointments
    /// are a subquery, not a CTE, so PostgreSQL sees their size and makes a hash semi-join of it.
    /// </summary>
    public string Hours() =>
        "SELECT s.tier AS tier, s.form AS form, CAST(COUNT(*) AS BIGINT) AS attendances, CAST(SUM(x.minutes) AS BIGINT) AS minutes " +
        $"FROM {TrainingCredits.Credited} WHERE s.date >= {P(new DateOnly(year, 1, 1))} AND s.date <= {P(new DateOnly(year, 12, 31))} " +
        $"AND x.mediator_id IN (SELECT a.mediator_id {Serving()}) GROUP BY s.tier, s.form";
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
/// One row of <see cref="TrainingComplianceSql.Everything"/>, by kind: tally (a child region's code or NULL, counts),
/// shared (a child region's code, counts), behind (a mediator's figures).
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

/// <summary>One row of <see cref="TrainingComplianceSql.Hours"/>: tier and form by their enum names.</summary>
internal sealed class HoursRow
{
    public string Tier { get; init; } = "";
    public string Form { get; init; } = "";
    public long Attendances { get; init; }
    public long Minutes { get; init; }
}
