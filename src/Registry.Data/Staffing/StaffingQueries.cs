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
    /// The active committees as projections, by id, each with its full-time mediators on the day. Per committee a plain
    /// count is a distinct count: appointments of one mediator to one committee never overlap (<see cref="Appointment.Make"/>),
    /// so on one day each full-time appointment is a different mediator. The counts are grouped over the region's
    /// committees only, then joined to them.
    /// </summary>
    public static Task<List<CommitteeStaffingRow>> CommitteeRowsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        CancellationToken ct)
    {
        var fullTime = db.AppointmentsInForce(day)
            .Where(a => a.Employment == Employment.FullTime)
            .Join(db.ActiveCommittees(regionCode, day), a => a.CommitteeId, c => c.Id, (a, c) => a.CommitteeId)
            .GroupBy(committeeId => committeeId)
            .Select(g => new { CommitteeId = g.Key, Count = g.Count() });
        var rows = from c in db.ActiveCommittees(regionCode, day)
                   join f in fullTime on c.Id equals f.CommitteeId into counted
                   from f in counted.DefaultIfEmpty()
                   orderby c.Id
                   select new CommitteeStaffingRow(c.Id, c.RegionCode, c.Kind, c.HasFullTimeConditions,
                       c.Uniformities == Uniformity.All && c.Implementations == Implementation.All, c.EstablishedOn,
                       (int?)f!.Count ?? 0);
        return rows.ToListAsync(ct);
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
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            const string serving = """
                FROM appointments a
                JOIN committees c ON c.id = a.committee_id
                WHERE c.region_code >= @region AND c.region_code < @upper
                  AND c.established_on <= @day AND (c.dissolved_on IS NULL OR c.dissolved_on >= @day)
                  AND a.start_date <= @day AND (a.end_date IS NULL OR a.end_date >= @day)
                """;
            const string fullTime = $"CASE WHEN a.employment = '{nameof(Employment.FullTime)}' THEN 1 ELSE 0 END";
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
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
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "child_length", childLength);
            Add(command, "region", regionCode);
            Add(command, "upper", RegionCode.UpperBound(regionCode));
            Add(command, "day", day);
            var perChild = new Dictionary<string, (int All, int FullTime)>();
            (int All, int FullTime) total = (0, 0);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var tally = Convert.ToInt32(reader.GetValue(0));
                var mediators = Convert.ToInt32(reader.GetValue(2));
                var fullTimeCount = reader.IsDBNull(3) ? 0 : Convert.ToInt32(reader.GetValue(3));
                if (tally is 0 or 2) total = (total.All + mediators, total.FullTime + fullTimeCount);
                if (tally is 0 or 1)
                {
                    var child = reader.GetString(1);
                    var (all, full) = perChild.GetValueOrDefault(child);
                    perChild[child] = (all + mediators, full + fullTimeCount);
                }
            }
            return new StaffingTallies(total.All, total.FullTime, perChild);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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
                (a, c) => new { a.MediatorId, Prefix = c.RegionCode.Substring(0, prefixLength) })
            .GroupBy(x => x.Prefix)
            .Select(g => new { Prefix = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Prefix, x => x.Count, ct);

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
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
