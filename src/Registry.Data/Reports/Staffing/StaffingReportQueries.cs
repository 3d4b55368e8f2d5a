using Registry.Data.Querying;
using Registry.Data.Reports.Sql;

namespace Registry.Data.Reports.Staffing;

/// <summary>
/// The set-based queries behind the staffing report, each one statement over a region's code range that returns row
/// records (<see cref="CommitteeGroup"/>, <see cref="CommitteeStaffingRow"/>, <see cref="StaffingTallies"/>); what they
/// mean for the quotas is decided by <see cref="StaffingCompliance"/>.
/// </summary>
public static class StaffingReportQueries
{
    /// <summary>Committees of the region that exist on <paramref name="day"/> (<see cref="Committee.IsActiveOn"/>).</summary>
    public static IQueryable<Committee> ActiveCommittees(this RegistryDbContext db, string regionCode, DateOnly day) =>
        db.Committees.InRegion(regionCode).Where(Committee.ExistsOn(day));

    /// <summary>Appointments in force on <paramref name="day"/> (<see cref="Appointment.IsActiveOn"/>).</summary>
    public static IQueryable<Appointment> AppointmentsInForce(this RegistryDbContext db, DateOnly day) =>
        db.Appointments.Where(Appointment.InForceOn(day));

    /// <summary>
    /// In raw SQL, <see cref="ActiveCommittees"/> for committees <c>c</c> and <see cref="AppointmentsInForce"/> for
    /// appointments <c>a</c>, bound to <paramref name="sql"/> as <c>@region</c>, <c>@region_upper</c> and <c>@day</c>.
    /// </summary>
    private static (string ActiveCommittee, string InForce) RegionAndDay(SqlStatement sql, string regionCode, DateOnly day)
    {
        var dayParameter = sql.Bind("day", day);
        return ($"{RosterSql.InRegion(sql, "c.region_code", regionCode, "region")} AND {RosterSql.CommitteeExists("c", dayParameter)}",
            RosterSql.AppointmentInForce("a", dayParameter));
    }

    /// <summary>
    /// The region's active committees on <paramref name="day"/>, each with the policy region whose rules govern it and
    /// its full-time mediators that day.
    /// <list type="bullet">
    /// <item>The policy region is the first of <paramref name="policyRegions"/> (the regions of the policies in force,
    /// longest code first: <see cref="StaffingCompliance.PolicyRegions"/>) that covers the committee's code; null when none does.</item>
    /// <item>Per committee a plain count of full-time appointments in force is a distinct count of mediators: appointments
    /// of one mediator to one committee never overlap (<see cref="Appointment.Make"/>). They are counted over the region's
    /// committees only, through the partial index over full-time appointments.</item>
    /// </list>
    /// </summary>
    private static string CommitteesWithFullTime(SqlStatement sql, string regionCode, DateOnly day, IReadOnlyList<string> policyRegions)
    {
        var (activeCommittee, inForce) = RegionAndDay(sql, regionCode, day);
        var branches = string.Join(" ", policyRegions.Select((code, i) =>
            $"WHEN {RosterSql.InRegion(sql, "c.region_code", code, $"policy{i}")} THEN @policy{i}"));
        var policyRegion = policyRegions.Count == 0 ? "CAST(NULL AS TEXT)" : $"CASE {branches} END";
        return $"""
            SELECT c.id, {policyRegion} AS policy_region, c.region_code, c.kind, c.has_full_time_conditions,
                   COALESCE(f.full_time, 0) AS full_time
            FROM committees c
            LEFT JOIN (
              SELECT a.committee_id, COUNT(*) AS full_time
              FROM appointments a JOIN committees c ON c.id = a.committee_id
              WHERE a.employment = '{nameof(Employment.FullTime)}' AND {inForce}
                AND {activeCommittee}
              GROUP BY a.committee_id
            ) f ON f.committee_id = c.id
            WHERE {activeCommittee}
            """;
    }

    /// <summary>The active committees one by one, by id (<see cref="CommitteesWithFullTime"/>): for shortfalls and exports.</summary>
    public static Task<List<CommitteeStaffingRow>> CommitteeRowsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        IReadOnlyList<string> policyRegions, CancellationToken ct) =>
        db.ReadAsync(new SqlStatement().Write(sql =>
                $"SELECT g.id, g.policy_region, g.region_code, g.kind, g.has_full_time_conditions, g.full_time FROM ({CommitteesWithFullTime(sql, regionCode, day, policyRegions)}) g ORDER BY g.id"),
            reader => new CommitteeStaffingRow(reader.Long(0), reader.Text(1), reader.GetString(2),
                reader.Enum<CommitteeKind>(3), reader.Bool(4), reader.Int(5)), ct);

    /// <summary>
    /// <see cref="CommitteeRowsAsync"/> with each committee's name, yielded as read (<see cref="SqlReading.StreamAsync"/>):
    /// for exports, which hold no list of a region's committees.
    /// </summary>
    public static IAsyncEnumerable<(CommitteeStaffingRow Row, string Name)> StreamCommitteeRows(this ReportSession session, string regionCode,
        DateOnly day, IReadOnlyList<string> policyRegions, CancellationToken ct) =>
        session.StreamAsync(new SqlStatement().Write(sql => $"""
                SELECT g.id, g.policy_region, g.region_code, g.kind, g.has_full_time_conditions, g.full_time, n.name
                FROM ({CommitteesWithFullTime(sql, regionCode, day, policyRegions)}) g JOIN committees n ON n.id = g.id
                ORDER BY g.id
                """),
            reader => (new CommitteeStaffingRow(reader.Long(0), reader.Text(1), reader.GetString(2),
                reader.Enum<CommitteeKind>(3), reader.Bool(4), reader.Int(5)), reader.GetString(6)), ct);

    /// <summary>
    /// The same committees counted by what the staffing rules look at (<see cref="CommitteeGroup"/>), so a province's
    /// tens of thousands of committees come back as a few thousand rows.
    /// </summary>
    public static Task<List<CommitteeGroup>> CommitteeGroupsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        int childLength, IReadOnlyList<string> policyRegions, CancellationToken ct) =>
        db.ReadAsync(new SqlStatement().Write(sql => $"""
                SELECT g.policy_region, substr(g.region_code, 1, {sql.Bind("child_length", childLength)}), g.kind, g.has_full_time_conditions, g.full_time, COUNT(*)
                FROM ({CommitteesWithFullTime(sql, regionCode, day, policyRegions)}) g
                GROUP BY g.policy_region, substr(g.region_code, 1, @child_length), g.kind, g.has_full_time_conditions, g.full_time
                """),
            reader => new CommitteeGroup(reader.Text(0), reader.GetString(1), reader.Enum<CommitteeKind>(2), reader.Bool(3),
                reader.Int(4), reader.Int(5)), ct);

    /// <summary>
    /// Distinct mediators serving the region on <paramref name="day"/>, all and full-time, in total and per child region
    /// (code prefix of <paramref name="childLength"/>), so that one full-time in one committee and part-time in another
    /// counts once, as full-time. An appointment that shares no day with another of its mediator's
    /// (<see cref="Appointment.OverlapsAnother"/> false) is on its own one mediator, so those rows, nearly all, are
    /// counted straight per child. Only the rest are grouped by mediator, and only the few of those serving in two child
    /// regions are grouped again per child. Rows: 0 = one child's single-appointment mediators (they count in the total
    /// too), 1 = one child's other mediators, 2 = the other mediators in total.
    /// </summary>
    public static async Task<StaffingTallies> TalliesAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        int childLength, CancellationToken ct)
    {
        const string fullTime = $"CASE WHEN a.employment = '{nameof(Employment.FullTime)}' THEN 1 ELSE 0 END";
        var statement = new SqlStatement().Write(sql =>
        {
            var (activeCommittee, inForce) = RegionAndDay(sql, regionCode, day);
            var serving = $"FROM appointments a JOIN committees c ON c.id = a.committee_id WHERE {activeCommittee} AND {inForce}";
            sql.Bind("child_length", childLength);
            return $"""
            WITH shared AS (
              SELECT a.mediator_id AS mediator, substr(c.region_code, 1, @child_length) AS child, {fullTime} AS full_time
              {serving} AND a.overlaps_another
            ),
            per_mediator AS (
              SELECT mediator, MIN(child) AS first_child, MAX(child) AS last_child, MAX(full_time) AS full_time
              FROM shared GROUP BY mediator
            ),
            by_child AS (
              SELECT first_child AS child, full_time FROM per_mediator WHERE first_child = last_child
              UNION ALL
              SELECT s.child, MAX(s.full_time)
              FROM shared s JOIN per_mediator p ON p.mediator = s.mediator
              WHERE p.first_child <> p.last_child
              GROUP BY s.child, s.mediator
            )
            SELECT 0 AS tally, substr(c.region_code, 1, @child_length) AS child, COUNT(*) AS mediators, SUM({fullTime}) AS full_time
              {serving} AND NOT a.overlaps_another
              GROUP BY substr(c.region_code, 1, @child_length)
            UNION ALL
            SELECT 1, child, COUNT(*), SUM(full_time) FROM by_child GROUP BY child
            UNION ALL
            SELECT 2, NULL, COUNT(*), SUM(full_time) FROM per_mediator
            """;
        });
        var rows = await db.ReadAsync(statement,
            reader => (Tally: reader.Int(0), Child: reader.Text(1), Mediators: reader.Int(2), FullTime: reader.Int(3)), ct);
        var perChild = new Dictionary<string, (int All, int FullTime)>();
        (int All, int FullTime) total = (0, 0);
        foreach (var (tally, child, mediators, fullTimeCount) in rows)
        {
            if (tally is 0 or 2) total = (total.All + mediators, total.FullTime + fullTimeCount);
            if (tally is 0 or 1)
            {
                var (all, full) = perChild.GetValueOrDefault(child!);
                perChild[child!] = (all + mediators, full + fullTimeCount);
            }
        }
        return new StaffingTallies(total.All, total.FullTime, perChild);
    }

    /// <summary>
    /// Distinct mediators holding a full-time appointment in force on <paramref name="day"/>, per region-code prefix. A
    /// mediator holds at most one full-time appointment on a day (<see cref="Appointment.Make"/>), so counting the
    /// appointments counts the mediators.
    /// </summary>
    public static Task<Dictionary<string, int>> FullTimeMediatorsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        int prefixLength, CancellationToken ct) =>
        db.AppointmentsInForce(day)
            .Where(a => a.Employment == Employment.FullTime)
            .Join(db.ActiveCommittees(regionCode, day), a => a.CommitteeId, c => c.Id,
                (a, c) => c.RegionCode.Substring(0, prefixLength))
            .GroupBy(prefix => prefix)
            .Select(g => new { Prefix = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Prefix, x => x.Count, ct);

    /// <summary>How many divisions of each level lie in the region (itself included).</summary>
    public static async Task<Dictionary<RegionLevel, int>> DivisionCountsAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
        => await db.Regions
            .InRegion(r => r.Code, regionCode)
            .GroupBy(r => r.Level)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Level, x => x.Count, ct);

    public static Task<List<string>> DivisionCodesAsync(this RegistryDbContext db, string regionCode, RegionLevel level, CancellationToken ct) =>
        db.Regions.InRegion(r => r.Code, regionCode).Where(r => r.Level == level)
            .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct);
}
