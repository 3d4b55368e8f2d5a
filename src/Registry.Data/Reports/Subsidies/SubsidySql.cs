namespace Registry.Data.Reports.Subsidies;

/// <summary>
/// The subsidy statement as one set-based SQL statement on both databases: <see cref="Domain.Subsidies.SubsidyRule"/>
/// restated (reasons in its order, shares, the one rounding, the monthly cap as a running sum) and
/// <see cref="Domain.Subsidies.SubsidyPolicyResolver"/>'s ordering. A twin test proves they agree. The CTE
/// <c>statement</c> has one row per case and mediator of the cases of @region_lo..@region_hi closed @from..@to.
/// </summary>
internal static class SubsidySql
{
    /// <summary>Claim statuses whose cases are ALREADY_CLAIMED in a statement: approved or paid.</summary>
    public const string SettledStatuses = "'Approved', 'Paid'";

    /// <summary>Claim statuses whose cases a new claim must leave alone: every live one.</summary>
    public const string LiveStatuses = "'Draft', 'Submitted', 'Approved', 'Paid'";

    private const string Agreements = "('WrittenAgreement', 'OralAgreement')";

    private static string Rank(string difficulty) =>
        $"(CASE {difficulty} WHEN 'Simple' THEN 0 WHEN 'Ordinary' THEN 1 WHEN 'Complex' THEN 2 WHEN 'Major' THEN 3 END)";

    /// <summary>The WITH clause ending in <c>statement</c>; <paramref name="claimed"/> is one of the status lists above.</summary>
    public static string With(DatabaseProvider provider, string claimed)
    {
        var entryDelay = provider == DatabaseProvider.Postgres
            ? "(k.entered_on - k.closed_on)"
            : "CAST(julianday(k.entered_on) - julianday(k.closed_on) AS INTEGER)";
        var month = provider == DatabaseProvider.Postgres ? "to_char(x.closed_on, 'YYYY-MM')" : "substr(x.closed_on, 1, 7)";
        var leadValid = Grading.GradingSql.ValidEvent.Replace("@as_of", "k.closed_on", StringComparison.Ordinal);
        // PostgreSQL inlines a CTE used once, and with it every correlated look-up into each expression that names its
        // column: the policy look-up ran six times a case, the full-time status's eight a line. The lead's
        // certificate is looked up once, in scope, for both the reason and the line's column.
        // Materialized, each runs once per row.
        var once = provider == DatabaseProvider.Postgres ? "MATERIALIZED " : "";
        return $"""
            WITH scope AS {once}(
              SELECT k.id AS case_id, k.committee_id, c.region_code, k.external_number, k.category, k.difficulty, k.outcome,
                     k.closed_on, k.entered_on, k.follow_up_on, k.lead_mediator_id, k.party_set_fingerprint, k.received_day_number,
                     {entryDelay} AS entry_delay,
                     (SELECT p.id FROM subsidy_policies p
                      WHERE substr(c.region_code, 1, length(p.region_code)) = p.region_code
                        AND p.effective_from <= k.closed_on AND (p.effective_to IS NULL OR p.effective_to >= k.closed_on)
                      ORDER BY length(p.region_code) DESC, p.effective_from DESC, p.id DESC LIMIT 1) AS policy_id,
                     (SELECT count(*) FROM case_co_mediators cm WHERE cm.case_id = k.id) AS co_count,
                     CASE WHEN EXISTS (SELECT 1 FROM {leadValid} AND e.mediator_id = k.lead_mediator_id) THEN 1 ELSE 0 END AS lead_certified
              FROM cases k JOIN committees c ON c.id = k.committee_id
              WHERE c.region_code >= @region_lo AND c.region_code < @region_hi AND k.closed_on >= @from AND k.closed_on <= @to),
            judged AS {once}(
              SELECT s.*, p.lead_share_percent, p.monthly_cap_fen, p.default_coefficient_permille, p.civil_servant_percent,
                     p.full_time_percent, r.amount_fen AS case_amount,
                     CASE
                       WHEN EXISTS (SELECT 1 FROM subsidy_claim_cases cc JOIN subsidy_claims cl ON cl.id = cc.claim_id
                                    WHERE cc.live_case_id = s.case_id AND cl.status IN ({claimed})) THEN 'AlreadyClaimed'
                       WHEN s.policy_id IS NULL THEN 'NoPolicy'
                       WHEN s.outcome IS NULL OR s.outcome NOT IN {Agreements} THEN 'NotSuccessful'
                       WHEN r.amount_fen IS NULL THEN 'NoPolicy'
                       WHEN s.party_set_fingerprint IS NOT NULL AND EXISTS (
                              SELECT 1 FROM cases o
                              WHERE o.party_set_fingerprint = s.party_set_fingerprint AND o.category = s.category
                                AND o.outcome IN {Agreements}
                                AND o.received_day_number >= s.received_day_number - p.duplicate_window_days
                                AND (o.received_day_number < s.received_day_number
                                     OR (o.received_day_number = s.received_day_number AND o.id < s.case_id))) THEN 'DuplicateDispute'
                       WHEN s.entry_delay > p.max_entry_delay_days THEN 'EnteredLate'
                       WHEN p.follow_up_required_from IS NOT NULL AND s.follow_up_on IS NULL
                            AND {Rank("s.difficulty")} >= {Rank("p.follow_up_required_from")} THEN 'NoFollowUp'
                       WHEN s.lead_certified = 0 THEN 'LeadNotCertified'
                     END AS case_reason
              FROM scope s
              LEFT JOIN subsidy_policies p ON p.id = s.policy_id
              LEFT JOIN subsidy_rates r ON r.policy_id = s.policy_id AND r.difficulty = s.difficulty
                   AND r.agreement = CASE s.outcome WHEN 'WrittenAgreement' THEN 'Written' WHEN 'OralAgreement' THEN 'Oral' END),
            split AS (
              SELECT j.*,
                     CASE WHEN j.case_reason IS NULL THEN j.case_amount ELSE 0 END AS whole,
                     CASE WHEN j.case_reason IS NULL AND j.co_count > 0
                          THEN j.case_amount * (100 - j.lead_share_percent) / (100 * j.co_count) ELSE 0 END AS co_base
              FROM judged j),
            lines AS (
              SELECT sp.*, sp.lead_mediator_id AS mediator_id, 1 AS is_lead, 0 AS place,
                     CASE WHEN sp.co_count = 0 THEN 1 ELSE COALESCE(sp.lead_share_percent, 100) END AS share_num,
                     CASE WHEN sp.co_count = 0 THEN 1 ELSE 100 END AS share_den,
                     sp.whole - sp.co_count * sp.co_base AS base_fen
              FROM split sp
              UNION ALL
              SELECT sp.*, cm.mediator_id, 0 AS is_lead,
                     (SELECT count(*) FROM case_co_mediators o WHERE o.case_id = sp.case_id AND o.mediator_id <= cm.mediator_id) AS place,
                     100 - COALESCE(sp.lead_share_percent, 100) AS share_num, 100 * sp.co_count AS share_den, sp.co_base AS base_fen
              FROM split sp JOIN case_co_mediators cm ON cm.case_id = sp.case_id),
            facts AS {once}(
              SELECT l.*,
                     (SELECT g.level_name FROM grade_assessments g WHERE g.mediator_id = l.mediator_id AND g.assessed_on <= l.closed_on
                      ORDER BY g.assessed_on DESC, g.id DESC LIMIT 1) AS level_name,
                     CASE WHEN m.background = 'CivilServant' THEN COALESCE(l.civil_servant_percent, 100)
                          WHEN EXISTS (SELECT 1 FROM appointments a WHERE a.mediator_id = l.mediator_id AND a.employment = 'FullTime'
                                         AND a.start_date <= l.closed_on AND (a.end_date IS NULL OR a.end_date >= l.closed_on))
                            THEN COALESCE(l.full_time_percent, 100)
                          ELSE 100 END AS person_percent
              FROM lines l JOIN mediators m ON m.id = l.mediator_id),
            priced AS {once}(
              SELECT f.*,
                     COALESCE((SELECT gc.permille FROM subsidy_grade_coefficients gc
                               WHERE gc.policy_id = f.policy_id AND gc.level_name = f.level_name), f.default_coefficient_permille, 1000) AS permille,
                     COALESCE(f.case_reason, CASE WHEN f.person_percent = 0 THEN 'ExcludedMediator' END) AS line_reason
              FROM facts f),
            valued AS (
              SELECT x.*,
                     CASE WHEN x.line_reason IS NULL THEN (x.base_fen * x.permille * x.person_percent + 50000) / 100000 ELSE 0 END AS pre,
                     CASE WHEN x.line_reason = 'AlreadyClaimed' THEN 0 ELSE 1 END AS claimed_last,
                     CASE WHEN x.line_reason = 'AlreadyClaimed' THEN COALESCE((
                            SELECT sum(cl.amount_fen) FROM subsidy_claim_lines cl JOIN subsidy_claims c2 ON c2.id = cl.claim_id
                            WHERE cl.case_id = x.case_id AND cl.mediator_id = x.mediator_id AND c2.status IN ({SettledStatuses})), 0)
                          ELSE 0 END AS claimed_fen,
                     {month} AS month_key
              FROM priced x),
            running AS (
              SELECT v.*,
                     COALESCE(SUM(CASE WHEN v.line_reason IS NULL THEN v.pre ELSE v.claimed_fen END) OVER (
                       PARTITION BY v.mediator_id, v.month_key ORDER BY v.claimed_last, v.closed_on, v.case_id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS used_before
              FROM valued v),
            statement AS (
              SELECT r.*,
                     CASE WHEN r.line_reason IS NOT NULL THEN 0
                          WHEN r.monthly_cap_fen IS NULL THEN r.pre
                          WHEN r.used_before >= r.monthly_cap_fen THEN 0
                          WHEN r.used_before + r.pre > r.monthly_cap_fen THEN r.monthly_cap_fen - r.used_before
                          ELSE r.pre END AS amount,
                     r.case_id * 32 + r.place AS line_key
              FROM running r)
            """;
    }

    /// <summary>The reason a statement row ends with: its case's or mediator's, else CAPPED when the cap took anything.</summary>
    public const string Reason = "COALESCE(line_reason, CASE WHEN amount < pre THEN 'Capped' ELSE 'Payable' END)";
}
