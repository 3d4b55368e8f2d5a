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

    /// <summary>
    /// The cases among <paramref name="source"/> (a table or a trigger's transition table of case rows) that can make a
    /// later case a duplicate dispute: an agreement with a party set (<see cref="Domain.Subsidies.SubsidyRule.IsEarlierOfSameDispute"/>),
    /// as the rows of the read model <c>agreed_disputes</c> (Migrations/AgreedDisputes).
    /// </summary>
    public static string AgreedDisputeRows(string source) => $"""
        SELECT id AS case_id, party_set_fingerprint, category, received_day_number FROM {source}
        WHERE outcome IN {Agreements} AND party_set_fingerprint IS NOT NULL
        """;

    private static string Rank(string difficulty) =>
        $"(CASE {difficulty} WHEN 'Simple' THEN 0 WHEN 'Ordinary' THEN 1 WHEN 'Complex' THEN 2 WHEN 'Major' THEN 3 END)";

    /// <summary>The WITH clause ending in <c>statement</c>; <paramref name="claimed"/> is one of the status lists above.</summary>
    /// <remarks>
    /// Set-based throughout: no look-up runs once per case or line. The policy is chosen per policy key and day range
    /// (<c>policy_segments</c>: a committee's key is the longest policy region code covering it, the keys are the policy
    /// codes inside the scope or above it, and the winner changes only where a candidate starts or ends), certificates and grades become spans joined by range, and full-time
    /// status and the lead's certificate are semi-joins. The certificate and grade spans are read models kept by
    /// triggers (<c>certificate_validity_spans</c>, <c>grade_spans</c>: Migrations/SpanReadModels), so no statement
    /// sorts a region's certificate events or assessments into spans again.
    /// The monthly cap starts from what the <paramref name="claimed"/> claims already pay the mediator for that month, in
    /// any region (<c>claimed_months</c>): a mediator serving in two counties is capped once, not once per county.
    /// The reasons a case's own row and its policy decide (NO_POLICY, NOT_SUCCESSFUL, ENTERED_LATE, NO_FOLLOW_UP) are judged
    /// in <c>scope</c>, so no later step carries the difficulty, outcome or dates that decided them; DUPLICATE_DISPUTE is
    /// asked only of the cases they leave undecided (<see cref="DuplicatesFromReadModel"/>).
    /// The rows stay narrow until the cap is applied: <c>statement</c> has no case numbers or dates, and <c>described</c>
    /// joins them back from <c>cases</c> for the questions that list lines (a CTE no question reads is never run).
    /// Every step is per case, per line or per mediator and calendar month, so the statement of a period is the union of
    /// the statements of its calendar months (<see cref="SubsidyStatementQueries.SummaryAsync"/> relies on this).
    /// </remarks>
    public static string With(DatabaseProvider provider, string claimed, bool wide, Pricing pricing = Pricing.Every)
    {
        // A line its case's reason decides pays nothing whatever its mediator, so only the undecided lines need pricing
        // and capping to get every amount right: for the country's month, 120 thousand lines of 1.4 million. The other
        // decided lines join the statement as they are, without grade, coefficient or person's share (Pricing).
        // The lines priced, as a condition on `lines`; null when every line is.
        var pricedLine = pricing switch
        {
            Pricing.Undecided => "l.case_reason IS NULL",
            Pricing.UndecidedAndPage => "(l.case_reason IS NULL OR l.line_key IN (SELECT d.line_key FROM page_decided d))",
            _ => null
        };
        var undecidedLeads = pricedLine is null ? "" : "s.early_reason IS NULL AND ";
        // A decided line as `running` has it: the line, then level_name, person_percent, permille (priced), line_reason
        // (reasoned), pre, month_key (valued) and used_before.
        var decidedLines = pricedLine is null ? ""
            : "\n  UNION ALL\n  SELECT l.*, NULL, 100, 1000, l.case_reason, 0, NULL, 0 FROM lines l WHERE l.case_reason IS NOT NULL" +
              (pricing == Pricing.UndecidedAndPage ? " AND l.line_key NOT IN (SELECT d.line_key FROM page_decided d)" : "");
        var onlyPriced = pricedLine is null ? "" : $"\n  WHERE {pricedLine}";
        // The page's decided lines: a page of lines after @after holds at most @limit of them, whatever its filter.
        var pageDecided = pricing == Pricing.UndecidedAndPage
            ? $"\npage_decided AS {(provider == DatabaseProvider.Postgres ? "MATERIALIZED " : "")}(\n  SELECT l.line_key FROM lines l " +
              "WHERE l.case_reason IS NOT NULL AND l.line_key > @after ORDER BY l.line_key LIMIT @limit),"
            : "";
        // A narrow scope (a county) reads the grade spans of its own mediators by index; a wide one (a province, the
        // country) reads them whole, where choosing its mediators first would cost more than it saves. On PostgreSQL a
        // narrow scope looks up each line's span (at most one covers a day) in a lateral join; on SQLite it joins the spans
        // of the scope's mediators, which reads the scope's cases twice more to list them. The lead's
        // certificate is looked up by the lead's id alone: also asking the spans' mediator to be among the scope's leads
        // ran that list's join once per case under a nested loop (city 1301's quarter: 4.4 of its 4.8 s).
        var postgres = provider == DatabaseProvider.Postgres;
        const string spanCovers = "AND gs.assessed_on <= l.closed_on AND (gs.next_on IS NULL OR gs.next_on > l.closed_on)";
        var gradeJoin = wide ? $"LEFT JOIN grade_spans gs ON gs.mediator_id = l.mediator_id\n       {spanCovers}"
            : postgres ? $"LEFT JOIN LATERAL (SELECT gs.level_name FROM grade_spans gs WHERE gs.mediator_id = l.mediator_id\n       {spanCovers} LIMIT 1) gs ON true"
            : $"LEFT JOIN (SELECT g.* FROM grade_spans g WHERE g.mediator_id IN ({LeadsInScope}) OR g.mediator_id IN ({CoMediatorsInScope})) gs\n       ON gs.mediator_id = l.mediator_id {spanCovers}";
        var entryDelay = postgres ? "(k.entered_on - k.closed_on)" : "CAST(julianday(k.entered_on) - julianday(k.closed_on) AS INTEGER)";
        var dayAfterEnd = postgres ? "p.effective_to + 1" : "date(p.effective_to, '+1 day')";
        var month = postgres ? "date_trunc('month', x.closed_on)" : "substr(x.closed_on, 1, 7)";
        var claimMonth = postgres ? "date_trunc('month', cl.closed_on)" : "substr(cl.closed_on, 1, 7)";
        // The whole calendar months the period touches: a month's cap counts its claimed lines from before @from or after @to too.
        var monthStart = postgres ? "CAST(date_trunc('month', CAST(@from AS date)) AS date)" : "date(@from, 'start of month')";
        var monthAfter = postgres ? "CAST(date_trunc('month', CAST(@to AS date)) + interval '1 month' AS date)" : "date(@to, 'start of month', '+1 month')";
        // The CTEs read many times are small or narrow: PostgreSQL computes them once when told to. So are the case sets
        // each joined once (lead_certified, settled, duplicate, full_time): inlined, a semi-join under a nested loop whose
        // outer side the planner thinks is one row (tables not yet analysed after an import) ran once per case, the cases
        // squared, 15 s for 1,038 cases of a test database.
        var once = postgres ? "MATERIALIZED " : "";
        // A line's full-time standing: a wide scope joins the full-time lines as a set; a narrow one asks it per line
        // (FullTimeOn).
        var fullTimeLines = wide
            ? $"\nfull_time AS {once}(\n  SELECT l.case_id, l.mediator_id FROM lines l WHERE {(pricedLine is null ? "" : pricedLine + " AND ")}{FullTimeOn("l")}),"
            : "";
        // On PostgreSQL the narrow scope's question is a lateral join, asked once per line: as a condition in `priced`, the
        // steps after it each inlined their own copy of it (seven look-ups per line, a quarter of a county's statement).
        var isFullTime = wide ? "ft.case_id IS NOT NULL" : postgres ? "ft.full_time IS NOT NULL" : FullTimeOn("l");
        var fullTimeJoin = wide ? "\n  LEFT JOIN full_time ft ON ft.case_id = l.case_id AND ft.mediator_id = l.mediator_id"
            : postgres ? $"\n  LEFT JOIN LATERAL (SELECT 1 AS full_time FROM {FullTimeAppointments("l")} LIMIT 1) ft ON true" : "";
        // A committee's policy key is the longest policy region code its own code starts with: one equality join per
        // code length, longest first, each against the few policy codes (no comparison of every pair).
        var longestFirst = Domain.Regions.RegionCode.CodeLengths.Reverse();
        return $"""
            WITH policy_codes AS {once}(
              SELECT DISTINCT region_code FROM subsidy_policies),
            committee_keys AS (
              SELECT c.id AS committee_id, c.region_code, COALESCE({string.Join(", ", longestFirst.Select(n => $"p{n}.region_code"))}) AS policy_key
              FROM committees c
              {string.Join("\n  ", longestFirst.Select(n => $"LEFT JOIN policy_codes p{n} ON p{n}.region_code = substr(c.region_code, 1, {n})"))}
              WHERE c.region_code >= @region_lo AND c.region_code < @region_hi),
            policy_keys AS (
              SELECT pc.region_code AS policy_key FROM policy_codes pc
              WHERE (pc.region_code >= @region_lo AND pc.region_code < @region_hi)
                 OR substr(@region_lo, 1, length(pc.region_code)) = pc.region_code),
            policy_bounds AS (
              SELECT k.policy_key, p.effective_from AS starts
              FROM policy_keys k JOIN subsidy_policies p ON substr(k.policy_key, 1, length(p.region_code)) = p.region_code
              UNION
              SELECT k.policy_key, {dayAfterEnd}
              FROM policy_keys k JOIN subsidy_policies p ON substr(k.policy_key, 1, length(p.region_code)) = p.region_code
              WHERE p.effective_to IS NOT NULL),
            policy_segments AS {once}(
              SELECT b.policy_key, b.starts,
                     (SELECT MIN(n.starts) FROM policy_bounds n WHERE n.policy_key = b.policy_key AND n.starts > b.starts) AS ends,
                     (SELECT p.id FROM subsidy_policies p
                      WHERE substr(b.policy_key, 1, length(p.region_code)) = p.region_code
                        AND p.effective_from <= b.starts AND (p.effective_to IS NULL OR p.effective_to >= b.starts)
                      ORDER BY length(p.region_code) DESC, p.effective_from DESC, p.id DESC LIMIT 1) AS policy_id
              FROM policy_bounds b),
            scope AS (
              SELECT k.id AS case_id, k.committee_id, ck.region_code, k.closed_on, k.lead_mediator_id, ps.policy_id,
                     k.party_set_fingerprint, k.category, k.received_day_number, r.amount_fen AS case_amount,
                     CASE WHEN ps.policy_id IS NULL THEN 'NoPolicy'
                          WHEN k.outcome IS NULL OR k.outcome NOT IN {Agreements} THEN 'NotSuccessful'
                          WHEN r.amount_fen IS NULL THEN 'NoPolicy' END AS early_reason,
                     CASE WHEN {entryDelay} > p.max_entry_delay_days THEN 'EnteredLate'
                          WHEN p.follow_up_required_from IS NOT NULL AND k.follow_up_on IS NULL
                               AND {Rank("k.difficulty")} >= {Rank("p.follow_up_required_from")} THEN 'NoFollowUp' END AS late_reason,
                     p.duplicate_window_days, p.lead_share_percent, p.monthly_cap_fen, p.default_coefficient_permille,
                     p.civil_servant_percent, p.full_time_percent
              FROM cases k JOIN committee_keys ck ON ck.committee_id = k.committee_id
              LEFT JOIN policy_segments ps ON ps.policy_key = ck.policy_key
                   AND ps.starts <= k.closed_on AND (ps.ends IS NULL OR ps.ends > k.closed_on)
              LEFT JOIN subsidy_policies p ON p.id = ps.policy_id
              LEFT JOIN subsidy_rates r ON r.policy_id = ps.policy_id AND r.difficulty = k.difficulty
                   AND r.agreement = CASE k.outcome WHEN 'WrittenAgreement' THEN 'Written' WHEN 'OralAgreement' THEN 'Oral' END
              WHERE k.closed_on >= @from AND k.closed_on <= @to),
            co AS (
              SELECT cm.case_id, cm.mediator_id,
                     ROW_NUMBER() OVER (PARTITION BY cm.case_id ORDER BY cm.mediator_id) AS place,
                     COUNT(*) OVER (PARTITION BY cm.case_id) AS co_count
              FROM case_co_mediators cm JOIN scope s ON s.case_id = cm.case_id),
            lead_certified AS {once}(
              SELECT s.case_id FROM scope s WHERE {undecidedLeads}{LeadCertifiedOn("s")}),
            settled AS {once}(
              SELECT s.case_id FROM scope s WHERE EXISTS (
                SELECT 1 FROM subsidy_claim_cases cc JOIN subsidy_claims cl ON cl.id = cc.claim_id
                WHERE cc.live_case_id = s.case_id AND cl.status IN ({claimed}))),
            duplicate AS {once}(
              {(postgres ? DuplicatesFromReadModel : DuplicatesFromCases)}),
            judged AS (
              SELECT s.case_id, s.committee_id, s.region_code, s.closed_on, s.lead_mediator_id, s.policy_id,
                     COALESCE(cc.co_count, 0) AS co_count, CASE WHEN lc.case_id IS NULL THEN 0 ELSE 1 END AS lead_certified,
                     s.lead_share_percent, s.monthly_cap_fen, s.default_coefficient_permille, s.civil_servant_percent,
                     s.full_time_percent, s.case_amount,
                     CASE
                       WHEN st.case_id IS NOT NULL THEN 'AlreadyClaimed'
                       WHEN s.early_reason IS NOT NULL THEN s.early_reason
                       WHEN d.case_id IS NOT NULL THEN 'DuplicateDispute'
                       WHEN s.late_reason IS NOT NULL THEN s.late_reason
                       WHEN lc.case_id IS NULL THEN 'LeadNotCertified'
                     END AS case_reason
              FROM scope s
              LEFT JOIN lead_certified lc ON lc.case_id = s.case_id
              LEFT JOIN settled st ON st.case_id = s.case_id
              LEFT JOIN duplicate d ON d.case_id = s.case_id
              LEFT JOIN (SELECT case_id, MAX(co_count) AS co_count FROM co GROUP BY case_id) cc ON cc.case_id = s.case_id),
            split AS (
              SELECT j.*,
                     CASE WHEN j.case_reason IS NULL THEN j.case_amount ELSE 0 END AS whole,
                     CASE WHEN j.case_reason IS NULL AND j.co_count > 0
                          THEN j.case_amount * (100 - j.lead_share_percent) / (100 * j.co_count) ELSE 0 END AS co_base
              FROM judged j),
            participants AS (
              SELECT s.case_id, s.lead_mediator_id AS mediator_id, 1 AS is_lead, 0 AS place FROM scope s
              UNION ALL
              SELECT co.case_id, co.mediator_id, 0, co.place FROM co),
            lines AS {once}(
              SELECT sp.*, pa.mediator_id, pa.is_lead, pa.place,
                     CASE WHEN pa.is_lead = 0 THEN 100 - COALESCE(sp.lead_share_percent, 100)
                          WHEN sp.co_count = 0 THEN 1 ELSE COALESCE(sp.lead_share_percent, 100) END AS share_num,
                     CASE WHEN pa.is_lead = 0 THEN 100 * sp.co_count WHEN sp.co_count = 0 THEN 1 ELSE 100 END AS share_den,
                     CASE WHEN pa.is_lead = 0 THEN sp.co_base ELSE sp.whole - sp.co_count * sp.co_base END AS base_fen,
                     sp.case_id * 32 + pa.place AS line_key
              FROM split sp JOIN participants pa ON pa.case_id = sp.case_id),{pageDecided}{fullTimeLines}
            priced AS (
              SELECT l.*, gs.level_name,
                     CASE WHEN cs.id IS NOT NULL THEN COALESCE(l.civil_servant_percent, 100)
                          WHEN {isFullTime} THEN COALESCE(l.full_time_percent, 100)
                          ELSE 100 END AS person_percent,
                     COALESCE(gc.permille, l.default_coefficient_permille, 1000) AS permille
              FROM lines l
              LEFT JOIN (SELECT m.id FROM mediators m WHERE m.background = 'CivilServant') cs ON cs.id = l.mediator_id
              {gradeJoin}{fullTimeJoin}
              LEFT JOIN subsidy_grade_coefficients gc ON gc.policy_id = l.policy_id AND gc.level_name = gs.level_name{onlyPriced}),
            reasoned AS (
              SELECT x.*, COALESCE(x.case_reason, CASE WHEN x.person_percent = 0 THEN 'ExcludedMediator' END) AS line_reason
              FROM priced x),
            valued AS (
              SELECT x.*,
                     CASE WHEN x.line_reason IS NULL THEN (x.base_fen * x.permille * x.person_percent + 50000) / 100000 ELSE 0 END AS pre,
                     {month} AS month_key
              FROM reasoned x),
            claimed_months AS (
              SELECT cl.mediator_id, {claimMonth} AS month_key, SUM(cl.amount_fen) AS claimed_fen
              FROM subsidy_claim_lines cl JOIN subsidy_claims c2 ON c2.id = cl.claim_id
              WHERE c2.status IN ({claimed}) AND cl.amount_fen > 0 AND cl.closed_on >= {monthStart} AND cl.closed_on < {monthAfter}
              GROUP BY cl.mediator_id, {claimMonth}),
            running AS (
              SELECT v.*,
                     COALESCE(cm.claimed_fen, 0) + COALESCE(SUM(CASE WHEN v.line_reason IS NULL THEN v.pre ELSE 0 END) OVER (
                       PARTITION BY v.mediator_id, v.month_key ORDER BY v.closed_on, v.case_id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS used_before
              FROM valued v LEFT JOIN claimed_months cm ON cm.mediator_id = v.mediator_id AND cm.month_key = v.month_key{decidedLines}),
            statement AS (
              SELECT r.*,
                     CASE WHEN r.line_reason IS NOT NULL THEN 0
                          WHEN r.monthly_cap_fen IS NULL THEN r.pre
                          WHEN r.used_before >= r.monthly_cap_fen THEN 0
                          WHEN r.used_before + r.pre > r.monthly_cap_fen THEN r.monthly_cap_fen - r.used_before
                          ELSE r.pre END AS amount
              FROM running r),
            described AS (
              SELECT st.*, k.external_number, k.difficulty, k.outcome, k.entered_on, k.follow_up_on
              FROM statement st JOIN cases k ON k.id = st.case_id AND k.closed_on >= @from AND k.closed_on <= @to)
            """;
    }

    /// <summary>
    /// Whether the mediator of line <paramref name="line"/> held a full-time appointment on the case's closing day. A wide
    /// scope joins the full-time lines as a set (a hash semi-join over a province's lines); a narrow one (a city, a
    /// county) asks it per line through the mediator's appointments index: joined as a set there, the plan, estimating
    /// both sides at one row, scanned the full-time lines once per line, the lines squared (city 1301's quarter, 33,911
    /// lines, took 3.4–5.8 s, longer than its province's 343,772).
    /// </summary>
    private static string FullTimeOn(string line) => $"EXISTS (SELECT 1 FROM {FullTimeAppointments(line)})";

    /// <summary>The full-time appointments of the mediator of line <paramref name="line"/> in force on its closing day, as a FROM … WHERE.</summary>
    private static string FullTimeAppointments(string line) =>
        $"appointments a WHERE a.mediator_id = {line}.mediator_id AND a.employment = 'FullTime' " +
        $"AND a.start_date <= {line}.closed_on AND (a.end_date IS NULL OR a.end_date >= {line}.closed_on)";

    /// <summary>Whether the lead of <paramref name="row"/> (a row with <c>lead_mediator_id</c> and <c>closed_on</c>) held a valid certificate on the closing day.</summary>
    public static string LeadCertifiedOn(string row) =>
        $"EXISTS (SELECT 1 FROM certificate_validity_spans v WHERE v.mediator_id = {row}.lead_mediator_id AND {Grading.GradingSql.SpanValidOn("v", $"{row}.closed_on")})";

    /// <summary>The lead mediators of the scope's cases, from the base tables so that the planner can count them.</summary>
    private const string LeadsInScope = """
        SELECT k.lead_mediator_id FROM cases k JOIN committees c ON c.id = k.committee_id
        WHERE c.region_code >= @region_lo AND c.region_code < @region_hi AND k.closed_on >= @from AND k.closed_on <= @to
        """;

    /// <summary>The co-mediators of the scope's cases, likewise.</summary>
    private const string CoMediatorsInScope = """
        SELECT cm.mediator_id FROM case_co_mediators cm JOIN cases k ON k.id = cm.case_id JOIN committees c ON c.id = k.committee_id
        WHERE c.region_code >= @region_lo AND c.region_code < @region_hi AND k.closed_on >= @from AND k.closed_on <= @to
        """;

    /// <summary>
    /// The scope's cases that are a later case of a dispute already agreed (DUPLICATE_DISPUTE), among those no earlier
    /// reason decides: on PostgreSQL from the read model, whose <c>previous_day_number</c> is the receiving day of the case
    /// just before in the same dispute (Migrations/AgreedDisputes; an undecided case is an agreement, so it is there).
    /// </summary>
    private const string DuplicatesFromReadModel = """
        SELECT s.case_id FROM scope s
        JOIN (SELECT a.case_id, a.previous_day_number FROM agreed_disputes a WHERE a.previous_day_number IS NOT NULL) o
          ON o.case_id = s.case_id
        WHERE s.early_reason IS NULL AND o.previous_day_number >= s.received_day_number - s.duplicate_window_days
        """;

    /// <summary>The same on SQLite, asked of <c>cases</c> itself: an earlier agreed case of the same party set and category within the window.</summary>
    private static string DuplicatesFromCases => $"""
        SELECT s.case_id FROM scope s
        WHERE s.early_reason IS NULL AND s.party_set_fingerprint IS NOT NULL AND EXISTS (
          SELECT 1 FROM ({AgreedDisputeRows("cases")}) o
          WHERE o.party_set_fingerprint = s.party_set_fingerprint AND o.category = s.category
            AND o.received_day_number >= s.received_day_number - s.duplicate_window_days
            AND (o.received_day_number < s.received_day_number
                 OR (o.received_day_number = s.received_day_number AND o.case_id < s.case_id)))
        """;

    /// <summary>The reason a statement row ends with: its case's or mediator's, else CAPPED when the cap took anything.</summary>
    public const string Reason = "COALESCE(line_reason, CASE WHEN amount < pre THEN 'Capped' ELSE 'Payable' END)";
}
