using System.Runtime.CompilerServices;
using Registry.Data.Querying;
using Registry.Domain.Appointments;
using Registry.Domain.Certificates;
using Reports = Registry.Data.Reports.Grading.CertificateQueries;

namespace Registry.Api.Certificates;

/// <summary>
/// The rows of the certificate exports, with Chinese headers, from the same queries as <c>uncertifiedServing</c> and
/// <c>expiringCertificates</c>, so a file and the GraphQL answer always count the same people.
/// </summary>
public static class CertificateExportRows
{
    public static readonly string[] UncertifiedHeaders = ["姓名", "任职委员会", "委员会地区代码", "专兼职", "最近证书编号", "证书状态"];

    public static readonly string[] ExpiringHeaders = ["证书编号", "持证人", "发证机关地区代码", "发证日期", "有效期至", "剩余天数"];

    /// <summary>Mediators are looked up this many at a time, so an export holds one batch of people, not the region's.</summary>
    private const int Batch = 1000;

    /// <summary>
    /// The uncertified serving mediators, by id, one row each. The query gives only their ids (eight bytes a person);
    /// names, appointments and certificates are read a batch at a time and each batch's rows yielded before the next.
    /// </summary>
    public static async IAsyncEnumerable<object?[]> Uncertified(RegistryDbContext db, string regionCode, DateOnly asOf,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var all = await Reports.UncertifiedServingAsync(db, regionCode, asOf, ct);
        foreach (var ids in all.Chunk(Batch))
            foreach (var row in await UncertifiedBatchAsync(db, regionCode, asOf, ids, ct))
                yield return row;
    }

    private static async Task<List<object?[]>> UncertifiedBatchAsync(RegistryDbContext db, string regionCode, DateOnly asOf, long[] ids, CancellationToken ct)
    {
        var names = await db.Mediators.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var serving = await db.Appointments.Where(a => ids.Contains(a.MediatorId) && a.StartDate <= asOf && (a.EndDate == null || a.EndDate >= asOf))
            .Join(db.Committees.InRegion(regionCode), a => a.CommitteeId, c => c.Id, (a, c) => new { a.MediatorId, a.Id, c.Name, c.RegionCode, a.Employment })
            .ToListAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().Include(c => c.Events).Where(c => ids.Contains(c.MediatorId)).ToListAsync(ct);
        return ids.Select(id =>
        {
            var at = serving.Where(s => s.MediatorId == id).OrderByDescending(s => s.Employment == Employment.FullTime).ThenBy(s => s.Id).First();
            var latest = certificates.Where(c => c.MediatorId == id && c.IssuedOn <= asOf).MaxBy(c => c.IssuedOn);
            return new object?[]
            {
                names[id], at.Name, at.RegionCode, at.Employment == Employment.FullTime ? "专职" : "兼职",
                latest?.Number ?? "", latest is null ? "无证" : StatusLabel(latest.StatusOn(asOf)),
            };
        }).ToList();
    }

    /// <summary>The certificates expiring within the days, by id, each row yielded as the database returns it.</summary>
    public static async IAsyncEnumerable<object?[]> Expiring(RegistryDbContext db, string regionCode, int withinDays, DateOnly asOf,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var certificates = Reports.Expiring(db, regionCode, withinDays, asOf).OrderBy(c => c.Id)
            .Join(db.Mediators, c => c.MediatorId, m => m.Id, (c, m) => new { c.Number, m.Name, c.RegionCode, c.IssuedOn, c.ValidUntil })
            .AsAsyncEnumerable().WithCancellation(ct);
        await foreach (var c in certificates)
            yield return
            [
                c.Number, c.Name, c.RegionCode, c.IssuedOn.ToString("yyyy-MM-dd"), c.ValidUntil.ToString("yyyy-MM-dd"), c.ValidUntil.DayNumber - asOf.DayNumber,
            ];
    }

    public static string StatusLabel(CertificateStatus? status) => status switch
    {
        CertificateStatus.Active => "有效",
        CertificateStatus.Suspended => "暂停",
        CertificateStatus.Revoked => "吊销",
        CertificateStatus.Expired => "过期",
        _ => "未发证",
    };
}
