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

    /// <summary>The active committees as projections, by id; their full-time counts come from <see cref="TalliesAsync"/>.</summary>
    public static Task<List<CommitteeStaffingRow>> CommitteeRowsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        CancellationToken ct) =>
        db.ActiveCommittees(regionCode, day)
            .OrderBy(c => c.Id)
            .Select(c => new CommitteeStaffingRow(c.Id, c.RegionCode, c.Kind, c.HasFullTimeConditions,
                c.Uniformities == Uniformity.All && c.Implementations == Implementation.All, c.EstablishedOn))
            .ToListAsync(ct);

    /// <summary>
    /// One statement joins the appointments in force on <paramref name="day"/> to the region's active committees once and
    /// aggregates them: distinct full-time mediators per committee (GROUP BY committee); and, grouping by mediator once,
    /// distinct mediators, all and full-time, for the whole region and per child region (code prefix of
    /// <paramref name="childLength"/>), so that one full-time in one committee and part-time in another counts once, as
    /// full-time. Only the few mediators serving in two child regions are grouped again per child.
    /// Per committee a plain COUNT is a distinct count: appointments of one mediator to one committee never overlap
    /// (<see cref="Appointment.Make"/>), so on one day each full-time row is a different mediator.
    /// </summary>
    public static async Task<StaffingTallies> TalliesAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        int childLength, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                WITH serving AS (
                  SELECT a.committee_id AS committee, a.mediator_id AS mediator, substr(c.region_code, 1, @child_length) AS child,
                         CASE WHEN a.employment = '{nameof(Employment.FullTime)}' THEN 1 ELSE 0 END AS full_time
                  FROM appointments a
                  JOIN committees c ON c.id = a.committee_id
                  WHERE c.region_code >= @region AND c.region_code < @upper
                    AND c.established_on <= @day AND (c.dissolved_on IS NULL OR c.dissolved_on >= @day)
                    AND a.start_date <= @day AND (a.end_date IS NULL OR a.end_date >= @day)
                ),
                per_mediator AS (
                  SELECT mediator, MIN(child) AS first_child, MAX(child) AS last_child, MAX(full_time) AS full_time
                  FROM serving GROUP BY mediator
                ),
                by_child AS (
                  SELECT first_child AS child, mediator, full_time FROM per_mediator WHERE first_child = last_child
                  UNION ALL
                  SELECT s.child, s.mediator, MAX(s.full_time)
                  FROM serving s JOIN per_mediator p ON p.mediator = s.mediator
                  WHERE p.first_child <> p.last_child
                  GROUP BY s.child, s.mediator
                )
                SELECT 0 AS tally, NULL AS child, committee, COUNT(*) AS mediators, 0 AS full_time
                  FROM serving WHERE full_time = 1 GROUP BY committee
                UNION ALL
                SELECT 1, child, NULL, COUNT(*), SUM(full_time) FROM by_child GROUP BY child
                UNION ALL
                SELECT 2, NULL, NULL, COUNT(*), SUM(full_time) FROM per_mediator
                """;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "child_length", childLength);
            Add(command, "region", regionCode);
            Add(command, "upper", RegionCode.UpperBound(regionCode));
            Add(command, "day", day);
            var perCommittee = new Dictionary<long, int>();
            var perChild = new Dictionary<string, (int All, int FullTime)>();
            (int All, int FullTime) total = (0, 0);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var mediators = Convert.ToInt32(reader.GetValue(3));
                var fullTime = reader.IsDBNull(4) ? 0 : Convert.ToInt32(reader.GetValue(4));
                switch (Convert.ToInt32(reader.GetValue(0)))
                {
                    case 0: perCommittee[Convert.ToInt64(reader.GetValue(2))] = mediators; break;
                    case 1: perChild[reader.GetString(1)] = (mediators, fullTime); break;
                    default: total = (mediators, fullTime); break;
                }
            }
            return new StaffingTallies(perCommittee, total.All, total.FullTime, perChild);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Distinct mediators holding a full-time appointment in force on <paramref name="day"/>, per region-code prefix.</summary>
    public static Task<Dictionary<string, int>> FullTimeMediatorsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        int prefixLength, CancellationToken ct) =>
        db.AppointmentsInForce(day)
            .Where(a => a.Employment == Employment.FullTime)
            .Join(db.ActiveCommittees(regionCode, day), a => a.CommitteeId, c => c.Id,
                (a, c) => new { a.MediatorId, Prefix = c.RegionCode.Substring(0, prefixLength) })
            .GroupBy(x => x.Prefix)
            .Select(g => new { Prefix = g.Key, Count = g.Select(x => x.MediatorId).Distinct().Count() })
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
