using Registry.Data.Reports.Sql;
using Registry.Domain.Grading;

namespace Registry.Data.Reports.Grading;

/// <summary>
/// The grading rules in raw SQL, the same on both databases, each the SQL form of one domain rule written once here:
/// a valid certificate (<see cref="ValidEvent"/>, <see cref="Certified"/>, as spans <see cref="CertificateSpanRows"/>), the grade held and since when
/// (<see cref="HeldGrades"/>), and each <see cref="GradeCriterion"/> met (<see cref="Meets"/>). Tests in
/// tests/Registry.Api.Tests/Rules evaluate the domain's rules in C# and check these select the same mediators.
/// Statements run through <see cref="SqlStatement"/> and <see cref="ReportSession"/>.
/// </summary>
internal static class GradingSql
{
    /// <summary>
    /// <c>serving</c>: each mediator with an appointment in force on @as_of at a committee of the region's subtree
    /// (<see cref="Appointment.IsActiveOn"/>); binds @region_lo and @region_hi.
    /// </summary>
    public const string Serving = """
        serving AS (
          SELECT a.mediator_id FROM appointments a JOIN committees c ON c.id = a.committee_id
          WHERE c.region_code >= @region_lo AND c.region_code < @region_hi
            AND a.start_date <= @as_of AND (a.end_date IS NULL OR a.end_date >= @as_of)
          GROUP BY a.mediator_id)
        """;

    /// <summary>
    /// <c>certified</c>: the mediators with a valid certificate on @as_of — <see cref="Domain.Certificates.Certificate.IsValidOn"/>:
    /// the certificate's latest event on or before the day left it ACTIVE with a validity reaching the day.
    /// </summary>
    public const string Certified = "certified AS (SELECT DISTINCT e.mediator_id FROM " + ValidEvent + ")";

    /// <summary>
    /// An event (<c>e</c>) that leaves its certificate valid on @as_of and is its latest by then: no event of the same
    /// certificate with a higher sequence on or before the day. An anti-join that PostgreSQL hashes, where ranking every
    /// certificate's events (ROW_NUMBER over a sort) took twice as long. Follow it with <c>AND …</c> to narrow it.
    /// </summary>
    public const string ValidEvent = """
        certificate_events e
          WHERE e."on" <= @as_of AND e.status_after = 'Active' AND e.valid_until_after >= @as_of
            AND NOT EXISTS (SELECT 1 FROM certificate_events n
                            WHERE n.certificate_id = e.certificate_id AND n.sequence > e.sequence AND n."on" <= @as_of)
        """;

    /// <summary>
    /// The rows of the read model <c>certificate_validity_spans</c>: <see cref="ValidEvent"/> as spans, for judging many
    /// (mediator, day) pairs in one join. Each event that leaves its certificate ACTIVE is its certificate's latest on
    /// every day from its own day until the earliest day of an event with a higher sequence (<c>superseded_on</c>,
    /// exclusive), and the certificate is valid on those of the days up to <c>valid_to</c> (<see cref="SpanValidOn"/>).
    /// <paramref name="certificates"/>: a subquery of the certificate ids to compute, for the triggers that keep the read
    /// model in step with <c>certificate_events</c> (<c>Migrations/SpanReadModels</c>).
    /// </summary>
    public static string CertificateSpanRows(string certificates) => $"""
        SELECT t.certificate_id, t.sequence, t.mediator_id, t.valid_from, t.valid_to, t.superseded_on FROM (
          SELECT e.certificate_id, e.sequence, e.mediator_id, e."on" AS valid_from, e.valid_until_after AS valid_to, e.status_after,
                 MIN(e."on") OVER (PARTITION BY e.certificate_id ORDER BY e.sequence
                                   ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS superseded_on
          FROM certificate_events e WHERE e.certificate_id IN ({certificates})) t
        WHERE t.status_after = 'Active'
        """;

    /// <summary>Span <paramref name="span"/> of <c>certificate_validity_spans</c> leaves a valid certificate on <paramref name="day"/>.</summary>
    public static string SpanValidOn(string span, string day) =>
        $"{span}.valid_from <= {day} AND {span}.valid_to >= {day} AND ({span}.superseded_on IS NULL OR {span}.superseded_on > {day})";

    /// <summary>
    /// The rows of the read model <c>grade_spans</c>: each assessment is its mediator's grade from its day until the next
    /// assessment's (<c>next_on</c>, exclusive), in <see cref="HeldGrades"/>' order (day, then the later recorded).
    /// <paramref name="mediators"/>: a subquery of the mediator ids to compute, for the triggers.
    /// </summary>
    public static string GradeSpanRows(string mediators) => $"""
        SELECT g.id, g.mediator_id, g.level_name, g.assessed_on,
               LEAD(g.assessed_on) OVER (PARTITION BY g.mediator_id ORDER BY g.assessed_on, g.id) AS next_on
        FROM grade_assessments g WHERE g.mediator_id IN ({mediators})
        """;

    /// <summary>
    /// Binds the scope's region (@region_lo, @region_hi) and the day (@as_of) the fragments above use, and the subtrees of
    /// its <see cref="GradingScope.Outside"/> zones (@outside0_lo, @outside0_hi, …) for <see cref="Serves"/>.
    /// </summary>
    public static void BindScope(SqlStatement sql, GradingScope scope, DateOnly asOf)
    {
        sql.Bind("region_lo", Domain.Regions.RegionCode.LowerBound(scope.RegionCode));
        sql.Bind("region_hi", Domain.Regions.RegionCode.UpperBound(scope.RegionCode));
        sql.Bind("as_of", asOf);
        for (var i = 0; i < scope.Outside.Count; i++)
        {
            sql.Bind($"outside{i}_lo", Domain.Regions.RegionCode.LowerBound(scope.Outside[i]));
            sql.Bind($"outside{i}_hi", Domain.Regions.RegionCode.UpperBound(scope.Outside[i]));
        }
    }

    /// <summary>
    /// The mediators serving in the region on @as_of as a subquery of the base tables (<see cref="Serving"/>'s rows), for
    /// <see cref="HeldGrades"/>: the planner can count them, and a province's statement reads its own grades, not the country's.
    /// </summary>
    public const string ServingIds = """
        SELECT a.mediator_id FROM appointments a JOIN committees c ON c.id = a.committee_id
        WHERE c.region_code >= @region_lo AND c.region_code < @region_hi
          AND a.start_date <= @as_of AND (a.end_date IS NULL OR a.end_date >= @as_of)
        """;

    /// <summary>
    /// Whether mediator <paramref name="mediator"/> (a column) serves in the scope's region on @as_of: the condition form
    /// of <see cref="Serving"/>; when the scope has <see cref="GradingScope.Outside"/> zones (bound by
    /// <see cref="BindScope(SqlStatement, GradingScope, DateOnly)"/>), and serves in none of them.
    /// </summary>
    public static string Serves(string mediator, GradingScope scope)
    {
        // Every committee lies in the country: its appointments need no committee to test (0.45-0.6 s of the country's
        // 8.3-8.9 s grade list in EXPLAIN ANALYZE went to that join).
        var serves = scope.RegionCode == Domain.Regions.RegionCode.Nation
            ? $"EXISTS (SELECT 1 FROM appointments a WHERE a.mediator_id = {mediator} AND {RosterSql.AppointmentInForce("a", "@as_of")})"
            : $"""
                EXISTS (SELECT 1 FROM appointments a JOIN committees c ON c.id = a.committee_id
                        WHERE a.mediator_id = {mediator} AND c.region_code >= @region_lo AND c.region_code < @region_hi
                          AND {RosterSql.AppointmentInForce("a", "@as_of")})
                """;
        return scope.Outside.Count == 0 ? serves : $"{serves}\n AND {NotOutside(mediator, scope)}";
    }

    /// <summary>
    /// Mediator <paramref name="mediator"/> serves in none of the scope's <see cref="GradingScope.Outside"/> zones on
    /// @as_of (always true without them).
    /// </summary>
    public static string NotOutside(string mediator, GradingScope scope)
    {
        if (scope.Outside.Count == 0) return "1 = 1";
        var outside = string.Join(" OR ", scope.Outside.Select((_, i) => $"(c.region_code >= @outside{i}_lo AND c.region_code < @outside{i}_hi)"));
        return $"""
            NOT EXISTS (SELECT 1 FROM appointments a JOIN committees c ON c.id = a.committee_id
                        WHERE a.mediator_id = {mediator} AND ({outside})
                          AND {RosterSql.AppointmentInForce("a", "@as_of")})
            """;
    }

    /// <summary>
    /// <c>assessed</c> and <c>held</c>: per mediator the grade on @as_of — the latest assessment by then, ties to the
    /// later recorded (<see cref="GradeAssessment.On"/>) — and since when it is held (<see cref="GradeAssessment.HeldSince"/>):
    /// the first day of the last run of assessments at that rank, in the same order. A run starts where the rank differs
    /// from the assessment before, so the last run's start is the latest start. <paramref name="among"/>: a subquery of
    /// mediator ids to restrict it to, or null for all.
    /// </summary>
    public static string HeldGrades(string? among) => $"""
        assessed AS (
          SELECT g.mediator_id, g.rank, g.level_name, g.assessed_on,
            CASE WHEN LEAD(g.id) OVER w IS NULL THEN 1 ELSE 0 END AS latest,
            CASE WHEN LAG(g.rank) OVER w = g.rank THEN 0 ELSE 1 END AS starts_run
          FROM grade_assessments g WHERE g.assessed_on <= @as_of{(among is null ? "" : $" AND g.mediator_id IN ({among})")}
          WINDOW w AS (PARTITION BY g.mediator_id ORDER BY g.assessed_on, g.id)),
        held AS (
          SELECT a.mediator_id, MAX(CASE WHEN a.latest = 1 THEN a.rank END) AS rank,
                 MAX(CASE WHEN a.latest = 1 THEN a.level_name END) AS level_name,
                 MAX(CASE WHEN a.starts_run = 1 THEN a.assessed_on END) AS held_since
          FROM assessed a GROUP BY a.mediator_id)
        """;

    /// <summary>
    /// Mediator <paramref name="mediator"/> (a column) holds no grade on @as_of: no assessment by then
    /// (<see cref="GradeAssessment.On"/> is null). Since every level's rank is at least <see cref="GradeLevel.EntryRank"/>,
    /// this is also "holds no level of the entry rank or higher", without <see cref="HeldGrades"/>' window.
    /// </summary>
    public static string Ungraded(string mediator) =>
        $"NOT EXISTS (SELECT 1 FROM grade_assessments g WHERE g.mediator_id = {mediator} AND g.assessed_on <= @as_of)";

    /// <summary>Where the eligibility statement holds each figure <see cref="Meets"/> compares.</summary>
    public sealed record FigureColumns(string Mediator, string Rank, string HeldSince, string CasesLed, string OralAgreements,
        string OralOral, string RateDecided, string RateAgreements, string TrainingMinutes, string CriminalCases, string UpheldComplaints);

    /// <summary>
    /// <see cref="GradeCriterion.Judge"/>'s "met" for <paramref name="criterion"/> as a SQL condition on the figures in
    /// <paramref name="f"/>, its thresholds bound in <paramref name="sql"/>; null when the criterion cannot be written
    /// exactly (a share with more than nine decimals), so the caller judges in C#. Counts and years are whole, so
    /// "at least 2.5" is "at least 3"; a share a ÷ b against t = n ÷ d is compared as a·d against n·b, in integers.
    /// </summary>
    public static string? Meets(GradeCriterion criterion, SqlStatement sql, FigureColumns f, DateOnly asOf, int levelRank,
        int requiredTrainingMinutesPerYear)
    {
        var name = criterion.Kind.ToString().ToLowerInvariant();
        switch (criterion.Kind)
        {
            case CriterionKind.YearsOfService:
                // WholeYears(serving since) ≥ n: the earliest appointment begun by then started on or before LatestStart.
                return criterion.WholeThreshold <= 0 ? "1 = 1" : $"""
                    EXISTS (SELECT 1 FROM appointments sa WHERE sa.mediator_id = {f.Mediator}
                            AND sa.start_date <= {sql.Bind(name, GradeCriterion.LatestStart(criterion.WholeThreshold, asOf))})
                    """;
            case CriterionKind.CasesLed:
                return $"{f.CasesLed} >= {sql.Bind(name, criterion.WholeThreshold)}";
            case CriterionKind.OralAgreementShare:
                // No agreement at all is a share of 0, and 0 × d ≤ n × 0 holds.
                return Fraction(criterion.Threshold!.Value) is { } oral
                    ? $"{f.OralOral} * {sql.Bind(name + "_d", oral.Denominator)} <= {sql.Bind(name + "_n", oral.Numerator)} * {f.OralAgreements}" : null;
            case CriterionKind.AgreementRate:
                // No case decided is no rate at all, which meets no threshold.
                return Fraction(criterion.Threshold!.Value) is { } rate
                    ? $"{f.RateDecided} > 0 AND {f.RateAgreements} * {sql.Bind(name + "_d", rate.Denominator)} >= {sql.Bind(name + "_n", rate.Numerator)} * {f.RateDecided}" : null;
            case CriterionKind.TrainingHours:
            {
                var required = criterion.Threshold is { } hours ? hours * 60 : requiredTrainingMinutesPerYear * (criterion.Years ?? 1);
                return $"{f.TrainingMinutes} >= {sql.Bind(name, (long)Math.Ceiling(required))}";
            }
            case CriterionKind.NoCriminalCase:
                return $"{f.CriminalCases} = 0";
            case CriterionKind.NoUpheldComplaint:
                return $"{f.UpheldComplaints} = 0";
            case CriterionKind.YearsAtLevelBelow:
            {
                var rank = $"{f.Rank} = {sql.Bind("rank_below", levelRank - 1)}";
                return criterion.WholeThreshold <= 0 ? rank
                    : $"{rank} AND {f.HeldSince} <= {sql.Bind(name, GradeCriterion.LatestStart(criterion.WholeThreshold, asOf))}";
            }
            case CriterionKind.ValidCertificate:
                return $"EXISTS (SELECT 1 FROM {ValidEvent} AND e.mediator_id = {f.Mediator})";
            default:
                throw new InvalidOperationException($"Unknown criterion {criterion.Kind}.");
        }
    }

    /// <summary>A share as numerator and denominator (a power of ten up to 10⁹), or null when it has more decimals.</summary>
    private static (long Numerator, long Denominator)? Fraction(decimal share)
    {
        var scale = share.Scale;
        var numerator = share * Pow10(scale);
        while (scale > 0 && numerator % 10 == 0)
        {
            numerator /= 10;
            scale--;
        }
        return scale > 9 ? null : ((long)numerator, (long)Pow10(scale));
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}
