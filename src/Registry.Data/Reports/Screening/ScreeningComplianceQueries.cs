using System.Data.Common;
using Registry.Domain.Screening;
using static Registry.Data.Reports.Screening.ScreeningSql;

namespace Registry.Data.Reports.Screening;

/// <summary>
/// The set-based statements behind <c>screeningCompliance</c>. The plan's JSON tables carry the periods the domain
/// computed; SQL only finds each committee's group, and counts per committee which periods have a round. One
/// statement for the counts, one for information-officer coverage, one per page of missed periods.
/// </summary>
public static class ScreeningComplianceQueries
{
    /// <summary>A missed row's key: committee id × this + the period's number in the plan.</summary>
    public const long KeyStride = 1_000_000;

    /// <summary>The screening level of committee <c>c</c> (<see cref="ScreeningLevels.Of"/>), in SQL.</summary>
    private const string LevelOfCommittee = $"""
        CASE WHEN c.kind IN ('{nameof(CommitteeKind.Village)}', '{nameof(CommitteeKind.Community)}') THEN '{nameof(ScreeningLevel.Village)}'
             WHEN c.kind IN ('{nameof(CommitteeKind.Township)}', '{nameof(CommitteeKind.Subdistrict)}') THEN '{nameof(ScreeningLevel.Township)}'
             WHEN c.kind = '{nameof(CommitteeKind.MediationCenter)}' AND length(c.region_code) = 6 THEN '{nameof(ScreeningLevel.County)}' END
        """;

    /// <summary>
    /// The committees that owe rounds: in the region, of a screening level, existing at some point of the span, each
    /// with its group number — the first policy region, longest first, that covers its code, and its level — computed
    /// by a CASE over the plan's few groups (group numbers are the plan's own integers), so the planner sees the
    /// committees' real row count rather than a guess for a join with a JSON table.
    /// </summary>
    private static string Units(DatabaseProvider provider, ScreeningPlan plan)
    {
        var regions = plan.PolicyRegions;
        var branches = string.Join(" ", regions.Select((region, i) =>
        {
            var levels = string.Join(" ", plan.Groups.Where(g => g.PolicyRegion == region).Select(g => $"WHEN '{g.Level}' THEN {g.Number}"));
            var inner = levels.Length == 0 ? "CAST(NULL AS INTEGER)" : $"CASE {LevelOfCommittee} {levels} END";
            return $"WHEN c.region_code >= @policy{i} AND c.region_code < @policy_upper{i} THEN {inner}";
        }));
        var group = regions.Count == 0 ? "CAST(NULL AS INTEGER)" : $"CASE {branches} END";
        var groups = JsonTable(provider, "groups", "g", ("g", Column.Int), ("policy_region", Column.Text), ("level", Column.Text),
            ("total", Column.Int), ("first_start", Column.Date), ("last_end", Column.Date), ("first_period", Column.Int));
        return $"""
            SELECT x.id, x.region_code, x.established_on, x.dissolved_on, g.g, g.total, g.first_start, g.last_end
            FROM (
              SELECT c.id, c.region_code, c.established_on, c.dissolved_on, {group} AS g
              FROM committees c
              WHERE c.region_code >= @region AND c.region_code < @upper
                AND c.kind IN ('{nameof(CommitteeKind.Village)}', '{nameof(CommitteeKind.Community)}', '{nameof(CommitteeKind.Township)}',
                               '{nameof(CommitteeKind.Subdistrict)}', '{nameof(CommitteeKind.MediationCenter)}')
                AND c.established_on <= @to AND (c.dissolved_on IS NULL OR c.dissolved_on >= @from)
            ) x
            JOIN {groups} ON g.g = x.g
            """;
    }

    /// <summary>A period <c>p</c> (columns starts_on, ends_on) the unit <c>u</c> existed through, so owed by it.</summary>
    private const string Existed = "p.starts_on >= u.established_on AND (u.dissolved_on IS NULL OR p.ends_on <= u.dissolved_on)";

    private static void Bind(DbCommand command, ScreeningPlan plan, string regionCode, DateOnly from, DateOnly to)
    {
        Add(command, "region", regionCode);
        Add(command, "upper", RegionCode.UpperBound(regionCode));
        Add(command, "from", from);
        Add(command, "to", to);
        Add(command, "groups", plan.GroupsJson);
        var regions = plan.PolicyRegions;
        for (var i = 0; i < regions.Count; i++)
        {
            Add(command, $"policy{i}", regions[i]);
            Add(command, $"policy_upper{i}", RegionCode.UpperBound(regions[i]));
        }
    }

    /// <summary>
    /// Per child region (code prefix of <paramref name="childLength"/>): units owing at least one period, units with a
    /// round in every period, periods owed and periods with a round. A unit that existed through the whole plan owes its
    /// group's total; only one established or dissolved inside the span has its periods counted one by one.
    /// </summary>
    public static Task<List<ScreeningChildRow>> ChildRowsAsync(RegistryDbContext db, ScreeningPlan plan, string regionCode,
        DateOnly from, DateOnly to, int childLength, CancellationToken ct)
    {
        var provider = db.Provider;
        var periods = JsonTable(provider, "periods", "p", ("pid", Column.Int), ("g", Column.Int), ("starts_on", Column.Date), ("ends_on", Column.Date));
        var days = JsonTable(provider, "days", "p", ("g", Column.Int), ("day", Column.Date), ("pid", Column.Int), ("starts_on", Column.Date), ("ends_on", Column.Date));
        var held = provider == DatabaseProvider.Postgres ? $"""
                held AS (
                  SELECT x.id, COUNT(*) AS recorded FROM (
                    SELECT DISTINCT u.id, v.pid
                    FROM screening_rounds r
                    JOIN u ON u.id = r.committee_id
                    CROSS JOIN LATERAL (VALUES (@regular[u.g * @span + (r.screened_on - @from) + 1]),
                                               (@sensitive[u.g * @span + (r.screened_on - @from) + 1])) v(pid)
                    WHERE r.screened_on >= @from AND r.screened_on <= @to AND v.pid >= 0
                      AND @starts[v.pid + 1] >= u.established_on AND (u.dissolved_on IS NULL OR @ends[v.pid + 1] <= u.dissolved_on)
                  ) x GROUP BY x.id
                )
                """ : $"""
                held AS (
                  SELECT x.id, COUNT(*) AS recorded FROM (
                    SELECT DISTINCT u.id, p.pid
                    FROM screening_rounds r
                    JOIN u ON u.id = r.committee_id
                    JOIN {days} ON p.g = u.g AND p.day = r.screened_on
                    WHERE r.screened_on >= @from AND r.screened_on <= @to AND {Existed}
                  ) x GROUP BY x.id
                )
                """;
        var sql = $"""
            WITH u AS ({Units(provider, plan)}),
            owed AS (
              SELECT u.id, u.region_code,
                CASE WHEN u.established_on <= u.first_start AND (u.dissolved_on IS NULL OR u.dissolved_on >= u.last_end) THEN u.total
                     ELSE (SELECT COUNT(*) FROM {periods} WHERE p.g = u.g AND {Existed}) END AS required
              FROM u
            ),
            {held}
            SELECT substr(o.region_code, 1, @child_length) AS child, COUNT(*),
                   SUM(CASE WHEN COALESCE(h.recorded, 0) >= o.required THEN 1 ELSE 0 END),
                   SUM(o.required), SUM(COALESCE(h.recorded, 0))
            FROM owed o LEFT JOIN held h ON h.id = o.id
            WHERE o.required > 0
            GROUP BY substr(o.region_code, 1, @child_length)
            """;
        return ReadAsync(db, sql, command =>
        {
            Bind(command, plan, regionCode, from, to);
            Add(command, "periods", plan.PeriodsJson);
            if (provider == DatabaseProvider.Postgres)
            {
                Add(command, "regular", plan.RegularMap);
                Add(command, "sensitive", plan.SensitiveMap);
                Add(command, "starts", plan.Starts);
                Add(command, "ends", plan.Ends);
                Add(command, "span", plan.SpanDays);
            }
            else Add(command, "days", plan.DaysJson);
            Add(command, "child_length", childLength);
        }, r => new ScreeningChildRow(r.GetString(0), Convert.ToInt32(r.GetValue(1)), Convert.ToInt32(r.GetValue(2)),
            Convert.ToInt32(r.GetValue(3)), Convert.ToInt32(r.GetValue(4))), ct);
    }

    /// <summary>
    /// A page of (unit, period) pairs owed without a round, by committee id then period start, after <paramref name="afterKey"/>.
    /// Each pair is one probe of the rounds' (committee, day, kind) index.
    /// </summary>
    public static Task<List<MissedRoundRow>> MissedAsync(RegistryDbContext db, ScreeningPlan plan, string regionCode,
        DateOnly from, DateOnly to, long? afterKey, int take, CancellationToken ct)
    {
        var provider = db.Provider;
        var periods = JsonTable(provider, "periods", "p", ("pid", Column.Int), ("g", Column.Int), ("starts_on", Column.Date), ("ends_on", Column.Date));
        var sql = $"""
            WITH u AS ({Units(provider, plan)})
            SELECT u.id, p.starts_on, p.ends_on, p.pid
            FROM u JOIN {periods} ON p.g = u.g AND {Existed}
            WHERE (u.id > @after_unit OR (u.id = @after_unit AND p.pid > @after_period))
              AND NOT EXISTS (SELECT 1 FROM screening_rounds r WHERE r.committee_id = u.id AND r.screened_on >= p.starts_on AND r.screened_on <= p.ends_on)
            ORDER BY u.id, p.pid
            LIMIT @take
            """;
        return ReadAsync(db, sql, command =>
        {
            Bind(command, plan, regionCode, from, to);
            Add(command, "periods", plan.PeriodsJson);
            Add(command, "after_unit", afterKey is { } k ? k / KeyStride : 0L);
            Add(command, "after_period", afterKey is { } k2 ? k2 % KeyStride : -1L);
            Add(command, "take", take);
        }, r =>
        {
            var id = Convert.ToInt64(r.GetValue(0));
            return new MissedRoundRow(id, ReadDate(r, 1), ReadDate(r, 2), id * KeyStride + Convert.ToInt64(r.GetValue(3)));
        }, ct);
    }

    /// <summary>Village and community committees existing on <paramref name="on"/>, per child region, and those with an information officer serving that day.</summary>
    public static Task<List<InformantCoverageRow>> CoverageAsync(RegistryDbContext db, string regionCode, DateOnly on, int childLength, CancellationToken ct)
    {
        var roles = string.Join(", ", InformantRoles.InformationOfficers.Select(r => $"'{r}'"));
        var sql = $"""
            SELECT substr(c.region_code, 1, @child_length), COUNT(*),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM informants i WHERE i.committee_id = c.id AND i.role IN ({roles})
                                         AND i.term_from <= @on AND (i.term_to IS NULL OR i.term_to >= @on)) THEN 1 ELSE 0 END)
            FROM committees c
            WHERE c.region_code >= @region AND c.region_code < @upper
              AND c.kind IN ('{nameof(CommitteeKind.Village)}', '{nameof(CommitteeKind.Community)}')
              AND c.established_on <= @on AND (c.dissolved_on IS NULL OR c.dissolved_on >= @on)
            GROUP BY substr(c.region_code, 1, @child_length)
            """;
        return ReadAsync(db, sql, command =>
        {
            Add(command, "region", regionCode);
            Add(command, "upper", RegionCode.UpperBound(regionCode));
            Add(command, "on", on);
            Add(command, "child_length", childLength);
        }, r => new InformantCoverageRow(r.GetString(0), Convert.ToInt32(r.GetValue(1)), Convert.ToInt32(r.GetValue(2))), ct);
    }
}
