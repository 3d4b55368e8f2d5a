using Registry.Data.Querying;

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
    /// The active committees with their full-time count: one query for the committees and one GROUP BY committee over
    /// the full-time appointments in force, joined on id in memory.
    /// </summary>
    public static async Task<List<CommitteeStaffingRow>> CommitteeRowsAsync(this RegistryDbContext db, string regionCode, DateOnly day,
        CancellationToken ct)
    {
        var committees = db.ActiveCommittees(regionCode, day);
        var rows = await committees
            .Select(c => new CommitteeStaffingRow(c.Id, c.RegionCode, c.Kind, c.HasFullTimeConditions,
                c.Uniformities == Uniformity.All && c.Implementations == Implementation.All, c.EstablishedOn))
            .ToListAsync(ct);
        var fullTime = await db.AppointmentsInForce(day)
            .Where(a => a.Employment == Employment.FullTime)
            .Join(committees, a => a.CommitteeId, c => c.Id, (a, c) => a)
            .GroupBy(a => a.CommitteeId)
            .Select(g => new { CommitteeId = g.Key, Count = g.Select(a => a.MediatorId).Distinct().Count() })
            .ToDictionaryAsync(x => x.CommitteeId, x => x.Count, ct);
        foreach (var row in rows) row.FullTime = fullTime.GetValueOrDefault(row.Id);
        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        return rows;
    }

    /// <summary>
    /// Distinct mediators serving active committees of the region on <paramref name="day"/>, all and full-time, per
    /// region-code prefix of <paramref name="prefixLength"/> (the region's own length gives one total). A mediator
    /// full-time in one committee and part-time in another counts once, as full-time.
    /// </summary>
    public static async Task<Dictionary<string, (int All, int FullTime)>> MediatorCountsAsync(this RegistryDbContext db,
        string regionCode, DateOnly day, int prefixLength, CancellationToken ct)
    {
        var serving = db.AppointmentsInForce(day)
            .Join(db.ActiveCommittees(regionCode, day), a => a.CommitteeId, c => c.Id,
                (a, c) => new { a.MediatorId, a.Employment, Prefix = c.RegionCode.Substring(0, prefixLength) });
        var counts = await serving
            .GroupBy(x => x.Prefix)
            .Select(g => new
            {
                Prefix = g.Key,
                All = g.Select(x => x.MediatorId).Distinct().Count(),
                FullTime = g.Where(x => x.Employment == Employment.FullTime).Select(x => x.MediatorId).Distinct().Count(),
            })
            .ToListAsync(ct);
        return counts.ToDictionary(x => x.Prefix, x => (x.All, x.FullTime));
    }

    /// <summary>How many divisions of each level lie in the region (itself included).</summary>
    public static async Task<Dictionary<RegionLevel, int>> DivisionCountsAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        var upper = RegionCode.UpperBound(regionCode);
        return await db.Regions
            .Where(r => string.Compare(r.Code, regionCode) >= 0 && string.Compare(r.Code, upper) < 0)
            .GroupBy(r => r.Level)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Level, x => x.Count, ct);
    }

    public static Task<List<string>> DivisionCodesAsync(this RegistryDbContext db, string regionCode, RegionLevel level, CancellationToken ct)
    {
        var upper = RegionCode.UpperBound(regionCode);
        return db.Regions
            .Where(r => string.Compare(r.Code, regionCode) >= 0 && string.Compare(r.Code, upper) < 0 && r.Level == level)
            .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct);
    }
}
