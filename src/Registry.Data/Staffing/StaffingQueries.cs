using System.Data.Common;
using Registry.Data.Querying;

using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Data.Staffing;

/// <summary>The set-based queries behind the staffing report: each is one statement over a region's code range.</summary>
public static class StaffingQueries
{
    /// <summary>Committees that exist on <paramref name="day"/>: established by then and not dissolved before it.</summary>
    public static IQueryable<Committee> ActiveCommittees(this RegistryDbContext db, string regionCode, DateOnly day) =>
        db.Committees.InRegion(regionCode).Where(c => c.EstablishedOn <= day && (c.DissolvedOn == null || c.DissolvedOn >= day));

    /// <summary>Appointments in force on <paramref name="day"/> (the end date is the last day served).</summary>
    public static IQueryable<Appointment> AppointmentsInForce(this RegistryDbContext db, DateOnly day) =>
        db.Appointments.Where(a => a.StartDate <= day && (a.EndDate == null || a.EndDate >= day));

    /// <summary>
    /// In raw SQL, <see cref="ActiveCommittees"/> for committees <c>c</c>: inside the region's code range and existing on
    /// the day; bound by <see cref="BindRegionAndDay"/>.
    /// </summary>
    private const string ActiveCommitteeSql = """
        c.region_code >= @region AND c.region_code < @upper
        AND c.established_on <= @day AND (c.dissolved_on IS NULL OR c.dissolved_on >= @day)
        """;

    /// <summary>In raw SQL, <see cref="AppointmentsInForce"/> for appointments <c>a</c>.</summary>
    private const string InForceSql = "a.start_date <= @day AND (a.end_date IS NULL OR a.end_date >= @day)";

    private static void BindRegionAndDay(DbCommand command, string regionCode, DateOnly day)
    {
        Add(command, "region", regionCode);
        Add(command, "upper", RegionCode.UpperBound(regionCode));
        Add(command, "day", day);
    }

    /// <summary>Standardised (六统一 and 五落实 complete), as <see cref="Committee.IsStandardised"/> says, in a form SQL can read.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Committee, bool>> Standardised =
        c => c.Uniformities == Uniformity.All && c.Implementations == Implementation.All;

    /// <summary>
    /// The region's active committees on <paramref name="day"/>, each with the policy region whose rules govern it and
    /// its full-time mediators that day, as SQL with the parameters <see cref="CommitteeParameters"/> binds.
    /// <list type="bullet">
    /// <item>The policy region is the first of <paramref name="policyRegions"/> (the regions of the policies in force,
    /// longest code first: <see cref="StaffingCompliance.PolicyRegions"/>) that covers the committee's code; null when none does.</item>
    /// <item>Per committee a plain count of full-time appointments in force is a distinct count of mediators: appointments
    /// of one mediator to one committee never overlap (<see cref="Appointment.Make"/>). They are counted over the region's
    /// committees only, through the partial index over full-time appointments.</item>
    /// </list>
    /// </summary>
    private static string CommitteesWithFullTime(IReadOnlyList<string> policyRegions)
    {
        var branches = string.Join(" ", policyRegions.Select((_, i) =>
            $"WHEN c.region_code >= @policy{i} AND c.region_code < @policy_upper{i} THEN @policy{i}"));
        var policyRegion = policyRegions.Count == 0 ? "CAST(NULL AS TEXT)" : $"CASE {branches} END";
        return $"""
            SELECT c.id, {policyRegion} AS policy_region, c.region_code, c.kind, c.has_full_time_conditions,
                   COALESCE(f.full_time, 0) AS full_time
            FROM committees c
            LEFT JOIN (
              SELECT a.committee_id, COUNT(*) AS full_time
              FROM appointments a JOIN committees c ON c.id = a.committee_id
              WHERE a.employment = '{nameof(Employment.FullTime)}' AND {InForceSql}
                AND {ActiveCommitteeSql}
              GROUP BY a.committee_id
            ) f ON f.committee_id = c.id
            WHERE {ActiveCommitteeSql}
            """;
    }

    private static void CommitteeParameters(DbCommand command, string regionCode, DateOnly day, IReadOnlyList<string> policyRegions)
    {
        BindRegionAndDay(command, regionCode, day);
        for (var i = 0; i < policyRegions.Count; i++)
        {
            Add(command, $"policy{i}", policyRegions[i]);
            Add(command, $"policy_upper{i}", RegionCode.UpperBound(policyRegions[i]));
        }
    }

    /// <summary>The active committees one by one, by id (<see cref="CommitteesWithFullTime"/>): for shortfalls and exports.</summary>
    public static Task<List<CommitteeStaffingRow>> CommitteeRowsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        IReadOnlyList<string> policyRegions, CancellationToken ct) =>
        db.ReadAsync($"SELECT g.id, g.policy_region, g.region_code, g.kind, g.has_full_time_conditions, g.full_time FROM ({CommitteesWithFullTime(policyRegions)}) g ORDER BY g.id",
            command => CommitteeParameters(command, regionCode, day, policyRegions),
            reader => new CommitteeStaffingRow(Convert.ToInt64(reader.GetValue(0)), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                Enum.Parse<CommitteeKind>(reader.GetString(3)), Convert.ToBoolean(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5))), ct);

    /// <summary>
    /// The same committees counted by what the staffing rules look at (<see cref="CommitteeGroup"/>), so a province's
    /// tens of thousands of committees come back as a few thousand rows.
    /// </summary>
    public static Task<List<CommitteeGroup>> CommitteeGroupsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        int childLength, IReadOnlyList<string> policyRegions, CancellationToken ct) =>
        db.ReadAsync($"""
            SELECT g.policy_region, substr(g.region_code, 1, @child_length), g.kind, g.has_full_time_conditions, g.full_time, COUNT(*)
            FROM ({CommitteesWithFullTime(policyRegions)}) g
            GROUP BY g.policy_region, substr(g.region_code, 1, @child_length), g.kind, g.has_full_time_conditions, g.full_time
            """,
            command =>
            {
                CommitteeParameters(command, regionCode, day, policyRegions);
                Add(command, "child_length", childLength);
            },
            reader => new CommitteeGroup(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1),
                Enum.Parse<CommitteeKind>(reader.GetString(2)), Convert.ToBoolean(reader.GetValue(3)),
                Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5))), ct);

    /// <summary>Runs one raw statement on the context's connection (and transaction) and reads each row.</summary>
    private static async Task<List<T>> ReadAsync<T>(this RegistryDbContext db, string sql, Action<DbCommand> bind,
        Func<DbDataReader, T> read, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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
        const string serving = $"FROM appointments a JOIN committees c ON c.id = a.committee_id WHERE {ActiveCommitteeSql} AND {InForceSql}";
        const string fullTime = $"CASE WHEN a.employment = '{nameof(Employment.FullTime)}' THEN 1 ELSE 0 END";
        var text = $"""
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
        var rows = await db.ReadAsync(text, command =>
            {
                BindRegionAndDay(command, regionCode, day);
                Add(command, "child_length", childLength);
            },
            reader => (Tally: Convert.ToInt32(reader.GetValue(0)), Child: reader.IsDBNull(1) ? null : reader.GetString(1),
                Mediators: Convert.ToInt32(reader.GetValue(2)), FullTime: reader.IsDBNull(3) ? 0 : Convert.ToInt32(reader.GetValue(3))), ct);
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

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

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
