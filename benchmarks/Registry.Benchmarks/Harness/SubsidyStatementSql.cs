namespace Registry.Benchmarks.Harness;

/// <summary>
/// The subsidy statement's totals by hand, in one plain statement over the base tables and the schema's read models
/// (<c>agreed_disputes</c> for the earlier case of a dispute, <c>certificate_validity_spans</c>, <c>grade_spans</c>): the
/// policy in force for each case (the longest region code covering its committee, then the latest start, then the
/// highest id), the case's reason in the rule's order, the lead's and co-mediators' shares, the grade coefficient and
/// the person's percent with the one rounding, and the monthly cap as a running sum after what approved or paid claims
/// already pay. Written from the rule in DESIGN.md, not from the service's statement: it reads the whole period at once
/// on one connection, and prices every line. Binds @lo, @hi, @child, @from and @to; the first row is the total.
/// </summary>
public static class SubsidyStatementSql
{
    public const string Totals = """
        WITH committees_in_scope AS MATERIALIZED (
          SELECT c.id, c.region_code, substr(c.region_code, 1, @child) AS child FROM committees c
          WHERE c.region_code >= @lo AND c.region_code < @hi),
        candidates AS MATERIALIZED (
          SELECT c.id AS committee_id, p.id AS policy_id, length(p.region_code) AS len, p.effective_from, p.effective_to
          FROM committees_in_scope c JOIN subsidy_policies p ON substr(c.region_code, 1, length(p.region_code)) = p.region_code),
        k AS MATERIALIZED (
          SELECT k.id, k.lead_mediator_id, k.closed_on, k.difficulty, k.outcome, k.entered_on, k.follow_up_on, k.received_day_number,
                 c.child, p.id AS policy_id, p.lead_share_percent, p.monthly_cap_fen, p.default_coefficient_permille,
                 p.civil_servant_percent, p.full_time_percent, p.max_entry_delay_days, p.follow_up_required_from, p.duplicate_window_days,
                 r.amount_fen
          FROM cases k
          JOIN committees_in_scope c ON c.id = k.committee_id
          LEFT JOIN candidates cp ON cp.committee_id = k.committee_id
           AND cp.effective_from <= k.closed_on AND (cp.effective_to IS NULL OR cp.effective_to >= k.closed_on)
          LEFT JOIN subsidy_policies p ON p.id = cp.policy_id
          LEFT JOIN subsidy_rates r ON r.policy_id = p.id AND r.difficulty = k.difficulty
           AND r.agreement = CASE k.outcome WHEN 'WrittenAgreement' THEN 'Written' WHEN 'OralAgreement' THEN 'Oral' END
          WHERE k.closed_on >= @from AND k.closed_on <= @to
            AND NOT EXISTS (SELECT 1 FROM candidates b WHERE b.committee_id = k.committee_id
                            AND b.effective_from <= k.closed_on AND (b.effective_to IS NULL OR b.effective_to >= k.closed_on)
                            AND (cp.policy_id IS NULL OR (b.len, b.effective_from, b.policy_id) > (cp.len, cp.effective_from, cp.policy_id)))),
        judged AS (
          SELECT k.*,
            CASE
              WHEN EXISTS (SELECT 1 FROM subsidy_claim_cases cc JOIN subsidy_claims cl ON cl.id = cc.claim_id
                           WHERE cc.live_case_id = k.id AND cl.status IN ('Approved', 'Paid')) THEN 'AlreadyClaimed'
              WHEN k.policy_id IS NULL THEN 'NoPolicy'
              WHEN k.outcome IS NULL OR k.outcome NOT IN ('WrittenAgreement', 'OralAgreement') THEN 'NotSuccessful'
              WHEN k.amount_fen IS NULL THEN 'NoPolicy'
              WHEN EXISTS (SELECT 1 FROM agreed_disputes a WHERE a.case_id = k.id
                           AND a.previous_day_number >= k.received_day_number - k.duplicate_window_days) THEN 'DuplicateDispute'
              WHEN k.entered_on - k.closed_on > k.max_entry_delay_days THEN 'EnteredLate'
              WHEN k.follow_up_on IS NULL AND array_position(ARRAY['Simple', 'Ordinary', 'Complex', 'Major'], k.difficulty)
                   >= array_position(ARRAY['Simple', 'Ordinary', 'Complex', 'Major'], k.follow_up_required_from) THEN 'NoFollowUp'
              WHEN NOT EXISTS (SELECT 1 FROM certificate_validity_spans v WHERE v.mediator_id = k.lead_mediator_id
                               AND v.valid_from <= k.closed_on AND v.valid_to >= k.closed_on
                               AND (v.superseded_on IS NULL OR v.superseded_on > k.closed_on)) THEN 'LeadNotCertified'
            END AS reason,
            (SELECT count(*) FROM case_co_mediators cm WHERE cm.case_id = k.id) AS co_count
          FROM k),
        lines AS (
          SELECT j.*, j.lead_mediator_id AS mediator_id,
                 CASE WHEN j.reason IS NOT NULL THEN 0 WHEN j.co_count = 0 THEN j.amount_fen
                      ELSE j.amount_fen - j.co_count * (j.amount_fen * (100 - j.lead_share_percent) / (100 * j.co_count)) END AS share
          FROM judged j
          UNION ALL
          SELECT j.*, cm.mediator_id,
                 CASE WHEN j.reason IS NOT NULL THEN 0 ELSE j.amount_fen * (100 - j.lead_share_percent) / (100 * j.co_count) END
          FROM judged j JOIN case_co_mediators cm ON cm.case_id = j.id),
        priced AS (
          SELECT l.id, l.child, l.mediator_id, l.closed_on, l.monthly_cap_fen, l.reason,
                 CASE WHEN l.reason IS NOT NULL THEN 0
                      ELSE (l.share * COALESCE(gc.permille, l.default_coefficient_permille) * pct.percent + 50000) / 100000 END AS pre,
                 l.reason IS NULL AND pct.percent > 0 AS payable
          FROM lines l
          JOIN mediators m ON m.id = l.mediator_id
          LEFT JOIN grade_spans g ON l.reason IS NULL AND g.mediator_id = l.mediator_id AND g.assessed_on <= l.closed_on
               AND (g.next_on IS NULL OR g.next_on > l.closed_on)
          LEFT JOIN subsidy_grade_coefficients gc ON gc.policy_id = l.policy_id AND gc.level_name = g.level_name
          LEFT JOIN LATERAL (SELECT true AS full_time FROM appointments a WHERE l.reason IS NULL AND a.mediator_id = l.mediator_id
                             AND a.employment = 'FullTime' AND a.start_date <= l.closed_on AND (a.end_date IS NULL OR a.end_date >= l.closed_on)
                             LIMIT 1) ft ON true
          CROSS JOIN LATERAL (SELECT CASE WHEN m.background = 'CivilServant' THEN l.civil_servant_percent
                                          WHEN ft.full_time THEN l.full_time_percent ELSE 100 END AS percent) pct),
        claimed AS (
          SELECT x.mediator_id, date_trunc('month', x.closed_on) AS month, sum(x.amount_fen) AS fen
          FROM subsidy_claim_lines x JOIN subsidy_claims xc ON xc.id = x.claim_id
          WHERE xc.status IN ('Approved', 'Paid') AND x.amount_fen > 0
            AND x.closed_on >= date_trunc('month', CAST(@from AS date)) AND x.closed_on < date_trunc('month', CAST(@to AS date)) + interval '1 month'
          GROUP BY 1, 2),
        capped AS (
          SELECT p.*,
                 CASE WHEN NOT p.payable THEN 0
                      WHEN p.monthly_cap_fen IS NULL THEN p.pre
                      ELSE least(p.pre, greatest(0, p.monthly_cap_fen - COALESCE(cl.fen, 0)
                        - COALESCE(sum(CASE WHEN p.payable THEN p.pre ELSE 0 END) OVER (
                            PARTITION BY p.mediator_id, date_trunc('month', p.closed_on) ORDER BY p.closed_on, p.id
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) END AS amount
          FROM priced p LEFT JOIN claimed cl ON cl.mediator_id = p.mediator_id AND cl.month = date_trunc('month', p.closed_on))
        SELECT sum(amount) AS amount, sum(CASE WHEN payable THEN pre ELSE 0 END) AS amount_before_cap, count(*) AS lines,
               count(*) FILTER (WHERE amount > 0) AS payable_lines, count(DISTINCT id) AS cases, child
        FROM capped GROUP BY GROUPING SETS ((), (child)) ORDER BY GROUPING(child) DESC, child
        """;
}
