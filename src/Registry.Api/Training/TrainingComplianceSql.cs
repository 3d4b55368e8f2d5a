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

    private string Zone(Func<GoverningRequirement, int> figure)
    {
        var distinct = zones.Select(z => figure(z.Requirement)).Distinct().Count();
        if (distinct == 1) return figure(zones[0].Requirement).ToString();
        var branches = zones.Where(z => z.Zone != regionCode).Select(z => $"WHEN {InRange("c.region_code", z.Zone)} THEN {figure(z.Requirement)}");
        return $"CASE {string.Join(' ', branches)} ELSE {figure(zones.Single(z => z.Zone == regionCode).Requirement)} END";
    }

    private string YearSessions(string alias) =>
        $"{alias}.date >= {P(new DateOnly(year, 1, 1))} AND {alias}.date <= {P(new DateOnly(year, 12, 31))} AND {alias}.cancelled_on IS NULL";

    /// <summary>One row per counted mediator: what they must meet and what they were credited.</summary>
    public string MediatorRows() =>
        "SELECT m.mediator_id, m.required_minutes, m.required_practical, " +
        "CAST(COALESCE(SUM(x.minutes), 0) AS BIGINT) AS minutes, " +
        "CAST(COALESCE(SUM(CASE WHEN s.is_practical THEN 1 ELSE 0 END), 0) AS BIGINT) AS practical_count " +
        $"FROM (SELECT a.mediator_id, CAST(MAX({Zone(r => r.MinMinutesPerYear)}) AS BIGINT) AS required_minutes, " +
        $"CAST(MAX({Zone(r => r.MinPracticalSessionsPerYear)}) AS BIGINT) AS required_practical {Serving()} GROUP BY a.mediator_id) m " +
        $"LEFT JOIN (attendances x JOIN training_sessions s ON s.id = x.session_id AND {YearSessions("s")}) " +
        "ON x.mediator_id = m.mediator_id AND x.minutes > 0 " +
        "GROUP BY m.mediator_id, m.required_minutes, m.required_practical";

    private const string Compliant = "r.minutes >= r.required_minutes AND r.practical_count >= r.required_practical";

    public string Summary() =>
        $"SELECT CAST(COUNT(*) AS BIGINT) AS mediator_count, CAST(COALESCE(SUM(CASE WHEN {Compliant} THEN 1 ELSE 0 END), 0) AS BIGINT) AS compliant_count " +
        $"FROM ({MediatorRows()}) r";

    /// <summary>Counts per direct child; a mediator serving in two children counts in both.</summary>
    public string ByChild(IReadOnlyList<string> children)
    {
        var branches = string.Join(' ', children.Select(child => $"WHEN {InRange("c.region_code", child)} THEN {P(child)}"));
        return $"SELECT k.child AS region_code, CAST(COUNT(*) AS BIGINT) AS mediator_count, " +
               $"CAST(SUM(CASE WHEN {Compliant} THEN 1 ELSE 0 END) AS BIGINT) AS compliant_count " +
               $"FROM (SELECT DISTINCT a.mediator_id, CASE {branches} END AS child {Serving()}) k " +
               $"JOIN ({MediatorRows()}) r ON r.mediator_id = k.mediator_id WHERE k.child IS NOT NULL GROUP BY k.child";
    }

    /// <summary>Hours credited to the counted mediators in the year, by the sessions' tier and form.</summary>
    public string HoursByTierAndForm() =>
        "SELECT s.tier, s.form, CAST(SUM(x.minutes) AS BIGINT) AS minutes, CAST(COUNT(*) AS BIGINT) AS attendance_count " +
        $"FROM attendances x JOIN training_sessions s ON s.id = x.session_id WHERE {YearSessions("s")} AND x.minutes > 0 " +
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

internal sealed class SummaryRow
{
    public long MediatorCount { get; init; }
    public long CompliantCount { get; init; }
}

internal sealed class ChildRow
{
    public string RegionCode { get; init; } = "";
    public long MediatorCount { get; init; }
    public long CompliantCount { get; init; }
}

internal sealed class HoursRow
{
    public string Tier { get; init; } = "";
    public string Form { get; init; } = "";
    public long Minutes { get; init; }
    public long AttendanceCount { get; init; }
}
