using System.Text.Json.Nodes;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// The reports, each as its GraphQL field (the answer a client asks for: totals, by kind or category, by child region)
/// and a hand-written statement. Every statement computes its figures from the base tables in one round trip, with the
/// same per-child breakdown where the report has one; where the report's rule is more than a count (staffing quotas,
/// screening periods) the statement computes the counts the rule starts from, as <c>SqlComputes</c> says. The subsidy
/// statement is restated whole (<see cref="SubsidyStatementSql"/>), its amounts compared to the fen.
/// </summary>
public static class ReportOperations
{
    private const string InForce = "a.start_date <= @day AND (a.end_date IS NULL OR a.end_date >= @day)";

    public static Operation Staffing(string region, DateOnly day) => new(
        $"staffingCompliance {region}",
        """
        query($r: String!, $d: Date) { staffingCompliance(regionCode: $r, asOf: $d) {
          committeeCount compliantCount shortfallCount conditionalShortfallCount mediatorCount fullTimeMediatorCount fullTimeShare
          targets { metric target actual met } byKind { kind committeeCount compliantCount shortfallCount }
          byRegion { regionCode name committeeCount compliantCount shortfallCount mediatorCount fullTimeMediatorCount } } }
        """,
        new JsonObject { ["r"] = region, ["d"] = Day(day) },
        data => Figures.At(data, "staffingCompliance.committeeCount", "staffingCompliance.mediatorCount", "staffingCompliance.fullTimeMediatorCount"),
        $"""
        WITH c AS MATERIALIZED (
          SELECT id, kind, substr(region_code, 1, @child) AS child FROM committees
          WHERE region_code >= @lo AND region_code < @hi AND established_on <= @day AND (dissolved_on IS NULL OR dissolved_on >= @day)),
        s AS MATERIALIZED (
          SELECT a.mediator_id, c.child, a.employment = 'FullTime' AS full_time
          FROM appointments a JOIN c ON c.id = a.committee_id WHERE {InForce})
        SELECT (SELECT count(*) FROM c) AS committee_count, (SELECT count(DISTINCT mediator_id) FROM s) AS mediator_count,
               (SELECT count(DISTINCT mediator_id) FROM s WHERE full_time) AS full_time_mediator_count,
               (SELECT json_agg(k) FROM (SELECT kind, count(*) FROM c GROUP BY kind) k) AS by_kind,
               (SELECT json_agg(r) FROM (SELECT child, count(DISTINCT mediator_id) AS mediators,
                                               count(DISTINCT mediator_id) FILTER (WHERE full_time) AS full_time FROM s GROUP BY child) r) AS by_region,
               (SELECT json_agg(r) FROM (SELECT child, count(*) AS committees FROM c GROUP BY child) r) AS committees_by_region
        """,
        Region(region, ("day", day)),
        "committees existing, distinct mediators serving and full-time, in total, by kind and by child region (no quota judgement)");

    public static Operation Training(HarnessScope scope) => new(
        $"trainingCompliance {scope.Province}",
        """
        query($r: String!, $y: Int!) { trainingCompliance(regionCode: $r, year: $y) {
          asOf mediatorCount compliantCount requirement { minHoursPerYear minPracticalSessionsPerYear }
          behind(first: 20) { totalCount nodes { mediator { id name } hours practicalCount requiredHours requiredPracticalSessions } }
          byRegion { regionCode mediatorCount compliantCount behindCount } hoursByTier { tier hours attendanceCount } } }
        """,
        new JsonObject { ["r"] = scope.Province, ["y"] = scope.TrainingYear },
        data => Figures.At(data, "trainingCompliance.mediatorCount", "trainingCompliance.compliantCount"),
        $"""
        WITH s AS MATERIALIZED (
          SELECT a.mediator_id, min(substr(c.region_code, 1, @child)) AS child
          FROM appointments a JOIN committees c ON c.id = a.committee_id
          WHERE c.region_code >= @lo AND c.region_code < @hi AND {InForce} GROUP BY a.mediator_id),
        r AS MATERIALIZED (
          SELECT s.mediator_id, s.child,
                 COALESCE(t.minutes, 0) >= @minutes AND COALESCE(t.practical_sessions, 0) >= @practical AS compliant
          FROM s LEFT JOIN training_credits t ON t.mediator_id = s.mediator_id AND t.year = @year)
        SELECT (SELECT count(*) FROM r) AS mediator_count, (SELECT count(*) FROM r WHERE compliant) AS compliant_count,
               (SELECT json_agg(x) FROM (SELECT child, count(*), count(*) FILTER (WHERE compliant) FROM r GROUP BY child) x) AS by_region,
               (SELECT json_agg(b) FROM (SELECT mediator_id FROM r WHERE NOT compliant ORDER BY mediator_id LIMIT 20) b) AS behind
        """,
        Region(scope.Province, ("day", scope.TrainingReferenceDate), ("year", scope.TrainingYear), ("minutes", scope.TrainingMinutes),
            ("practical", scope.TrainingPracticalSessions)),
        "mediators serving on the reference day and those credited the governing minimums (as the API reports them), in total and by child region, the first 20 behind");

    public static Operation Cases(HarnessScope scope) => new(
        $"caseStatistics {scope.Province}",
        """
        query($r: String!, $f: Date!, $t: Date!) { caseStatistics(regionCode: $r, from: $f, to: $t) {
          totals { cases writtenAgreements oralAgreements failed referred withdrawn decided agreementRate turnedCriminal averageDaysToClose enteredLate followedUp }
          byCategory { category stats { cases writtenAgreements oralAgreements failed } }
          byRegion { regionCode stats { cases writtenAgreements oralAgreements failed } } } }
        """,
        new JsonObject { ["r"] = scope.Province, ["f"] = Day(scope.CasesFrom), ["t"] = Day(scope.AsOf) },
        data => Figures.At(data, "caseStatistics.totals.cases", "caseStatistics.totals.writtenAgreements", "caseStatistics.totals.oralAgreements",
            "caseStatistics.totals.failed", "caseStatistics.totals.referred", "caseStatistics.totals.withdrawn", "caseStatistics.totals.turnedCriminal",
            "caseStatistics.totals.followedUp"),
        """
        SELECT count(*) AS cases, count(*) FILTER (WHERE outcome = 'WrittenAgreement') AS written_agreements,
               count(*) FILTER (WHERE outcome = 'OralAgreement') AS oral_agreements, count(*) FILTER (WHERE outcome = 'Failed') AS failed,
               count(*) FILTER (WHERE outcome = 'Referred') AS referred, count(*) FILTER (WHERE outcome = 'Withdrawn') AS withdrawn,
               count(*) FILTER (WHERE turned_criminal) AS turned_criminal, count(*) FILTER (WHERE entered_late) AS entered_late,
               count(*) FILTER (WHERE follow_up_on IS NOT NULL) AS followed_up, avg(closed_on - received_on) AS average_days_to_close,
               child, category
        FROM (SELECT k.*, substr(c.region_code, 1, @child) AS child FROM cases k JOIN committees c ON c.id = k.committee_id
              WHERE c.region_code >= @lo AND c.region_code < @hi AND k.closed_on >= @from AND k.closed_on <= @to) x
        GROUP BY GROUPING SETS ((), (child), (category))
        ORDER BY GROUPING(child, category) DESC, child, category
        """,
        Region(scope.Province, ("from", scope.CasesFrom), ("to", scope.AsOf)),
        "cases closed in the span by outcome, criminal, late, followed up and mean days, in total, by category and by child region");

    public static Operation Grading(HarnessScope scope) => new(
        $"gradeEligibility {scope.Province} 四级",
        """
        query($r: String!, $d: Date) { gradeEligibility(regionCode: $r, level: "四级", asOf: $d, first: 20) {
          totalCount nodes { mediator { id name } currentLevel eligible holdsLevel criteria { criterion { kind threshold years } required actual met } } } }
        """,
        new JsonObject { ["r"] = scope.Province, ["d"] = Day(scope.AsOf) },
        data => Figures.At(data, "gradeEligibility.totalCount"),
        $"""
        WITH serving AS (
          SELECT DISTINCT a.mediator_id FROM appointments a JOIN committees c ON c.id = a.committee_id
          WHERE c.region_code >= @lo AND c.region_code < @hi AND {InForce}),
        eligible AS (
          SELECT s.mediator_id FROM serving s
          WHERE EXISTS (SELECT 1 FROM appointments f WHERE f.mediator_id = s.mediator_id AND f.start_date <= @latest_start)
            AND EXISTS (SELECT 1 FROM certificate_events e
                        WHERE e.mediator_id = s.mediator_id AND e."on" <= @day AND e.status_after = 'Active' AND e.valid_until_after >= @day
                          AND NOT EXISTS (SELECT 1 FROM certificate_events n
                                          WHERE n.certificate_id = e.certificate_id AND n.sequence > e.sequence AND n."on" <= @day))
            AND NOT EXISTS (SELECT 1 FROM grade_assessments g WHERE g.mediator_id = s.mediator_id AND g.assessed_on <= @day AND g.rank >= 1))
        SELECT count(*) OVER () AS total_count, m.id, m.name FROM eligible e JOIN mediators m ON m.id = e.mediator_id ORDER BY m.id LIMIT 20
        """,
        Region(scope.Province, ("day", scope.AsOf), ("latest_start", scope.AsOf.AddYears(-1))),
        "the national default 四级 (a year's service, a valid certificate, no grade held) written out: count and first 20");

    /// <summary>
    /// The country's 四级 list as the seeded ladders divide it (<c>seed/grade-ladders</c>): a mediator serving in 5107 is
    /// judged by Mianyang's ladder (the national 四级 again), else one serving in 44 by Guangdong's (two years' service,
    /// 50 cases led, oral agreements at most 30% of agreements, agreement in 85% of the cases decided, no case turned
    /// criminal, in the last two years; its training criterion asks the yearly hours of a requirement governing 44, and the
    /// seeds set none there), else by the national default. Written out by hand for these three zones, not derived.
    /// </summary>
    public static Operation GradingInZones(HarnessScope nation) => Grading(nation) with
    {
        Sql = $"""
            WITH serving AS MATERIALIZED (
              SELECT a.mediator_id, bool_or(c.region_code >= '5107' AND c.region_code < '5108') AS mianyang,
                     bool_or(c.region_code >= '44' AND c.region_code < '45') AS guangdong
              FROM appointments a JOIN committees c ON c.id = a.committee_id WHERE {InForce} GROUP BY a.mediator_id),
            ungraded AS (
              SELECT s.mediator_id, s.guangdong AND NOT s.mianyang AS guangdong FROM serving s
              WHERE NOT EXISTS (SELECT 1 FROM grade_assessments g WHERE g.mediator_id = s.mediator_id AND g.assessed_on <= @day AND g.rank >= 1)),
            national AS (
              SELECT u.mediator_id FROM ungraded u
              WHERE NOT u.guangdong
                AND EXISTS (SELECT 1 FROM appointments f WHERE f.mediator_id = u.mediator_id AND f.start_date <= @latest_start)
                AND EXISTS (SELECT 1 FROM certificate_events e
                            WHERE e.mediator_id = u.mediator_id AND e."on" <= @day AND e.status_after = 'Active' AND e.valid_until_after >= @day
                              AND NOT EXISTS (SELECT 1 FROM certificate_events n
                                              WHERE n.certificate_id = e.certificate_id AND n.sequence > e.sequence AND n."on" <= @day))),
            guangdong AS MATERIALIZED (
              SELECT u.mediator_id FROM ungraded u
              WHERE u.guangdong AND EXISTS (SELECT 1 FROM appointments f WHERE f.mediator_id = u.mediator_id AND f.start_date <= @latest_start_2)),
            led AS (
              SELECT k.lead_mediator_id AS mediator_id,
                     count(*) FILTER (WHERE k.closed_on >= @window_from AND k.closed_on <= @day) AS cases,
                     count(*) FILTER (WHERE k.closed_on >= @window_from AND k.closed_on <= @day AND k.outcome IN ('WrittenAgreement', 'OralAgreement')) AS agreements,
                     count(*) FILTER (WHERE k.closed_on >= @window_from AND k.closed_on <= @day AND k.outcome = 'OralAgreement') AS oral,
                     count(*) FILTER (WHERE k.closed_on >= @window_from AND k.closed_on <= @day AND k.outcome NOT IN ('Withdrawn', 'Referred')) AS decided,
                     count(*) FILTER (WHERE k.turned_criminal AND k.received_on >= @window_from AND k.received_on <= @day) AS criminal
              FROM cases k WHERE k.lead_mediator_id IN (SELECT mediator_id FROM guangdong)
                AND ((k.closed_on >= @window_from AND k.closed_on <= @day) OR (k.turned_criminal AND k.received_on >= @window_from AND k.received_on <= @day))
                AND (k.closed_on IS NULL OR k.closed_on >= @window_from)
              GROUP BY k.lead_mediator_id),
            eligible AS (
              SELECT mediator_id FROM national
              UNION ALL
              SELECT mediator_id FROM led
              WHERE cases >= 50 AND oral * 10 <= 3 * agreements AND decided > 0 AND agreements * 100 >= 85 * decided AND criminal = 0)
            SELECT count(*) OVER () AS total_count, m.id, m.name FROM eligible e JOIN mediators m ON m.id = e.mediator_id ORDER BY m.id LIMIT 20
            """,
        Parameters = Region(nation.Province, ("day", nation.AsOf), ("latest_start", nation.AsOf.AddYears(-1)),
            ("latest_start_2", nation.AsOf.AddYears(-2)), ("window_from", nation.AsOf.AddYears(-2).AddDays(1))),
        SqlComputes = "四级 by zone as the seeded ladders divide the country (5107: Mianyang's, as the national; 44: Guangdong's, with its case " +
                      "criteria; elsewhere the national default) written out for those zones: count and first 20",
    };

    public static Operation Subsidies(HarnessScope scope, string region) => new(
        $"subsidyStatement {region} Q3",
        """
        query($r: String!, $f: Date!, $t: Date!) { subsidyStatement(regionCode: $r, from: $f, to: $t) {
          totals { amount amountBeforeCap lines payableLines cases } byReason { reason lines amount }
          byRegion { regionCode amount amountBeforeCap lines payableLines cases } } }
        """,
        new JsonObject { ["r"] = region, ["f"] = Day(scope.QuarterFrom), ["t"] = Day(scope.QuarterTo) },
        data => Figures.At(data, "subsidyStatement.totals.amount", "subsidyStatement.totals.amountBeforeCap", "subsidyStatement.totals.lines",
            "subsidyStatement.totals.payableLines", "subsidyStatement.totals.cases"),
        SubsidyStatementSql.Totals,
        Region(region, ("from", scope.QuarterFrom), ("to", scope.QuarterTo)),
        "the whole statement by hand (policy in force, reasons, shares, grade coefficient, person's percent, monthly cap): amounts, lines, " +
        "payable lines and cases, in total and by child region, the whole period in one statement");

    public static Operation Screening(HarnessScope scope) => new(
        $"screeningCompliance {scope.Province} H1",
        """
        query($r: String!, $f: Date!, $t: Date!) { screeningCompliance(regionCode: $r, from: $f, to: $t) {
          unitCount compliantCount requiredRounds recordedRounds villageCount villagesWithInformationOfficer
          byRegion { regionCode unitCount compliantCount requiredRounds recordedRounds villageCount villagesWithInformationOfficer } } }
        """,
        new JsonObject { ["r"] = scope.Province, ["f"] = Day(scope.ScreeningFrom), ["t"] = Day(scope.ScreeningTo) },
        data => Figures.At(data, "screeningCompliance.villageCount", "screeningCompliance.villagesWithInformationOfficer"),
        """
        SELECT count(*) AS village_count,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM informants i WHERE i.committee_id = c.id
                   AND i.role IN ('VillageGroupLeader', 'BuildingLeader', 'GridWorker', 'EnterpriseOfficer')
                   AND i.term_from <= @to AND (i.term_to IS NULL OR i.term_to >= @to))) AS villages_with_information_officer,
               (SELECT count(*) FROM screening_rounds r
                WHERE r.region_code >= @lo AND r.region_code < @hi AND r.screened_on >= @from AND r.screened_on <= @to) AS rounds_held
        FROM committees c
        WHERE c.region_code >= @lo AND c.region_code < @hi AND c.kind IN ('Village', 'Community')
          AND c.established_on <= @to AND (c.dissolved_on IS NULL OR c.dissolved_on >= @to)
        """,
        Region(scope.Province, ("from", scope.ScreeningFrom), ("to", scope.ScreeningTo)),
        "village and community committees and those with an information officer, plus the rounds held in the span (not the periods owed)");

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static Dictionary<string, object> Region(string region, params (string Name, object Value)[] more)
    {
        var (lo, hi) = HarnessScope.Bounds(region);
        var parameters = new Dictionary<string, object> { ["lo"] = lo, ["hi"] = hi, ["child"] = HarnessScope.ChildLength(region) };
        foreach (var (name, value) in more) parameters[name] = value;
        return parameters;
    }
}
