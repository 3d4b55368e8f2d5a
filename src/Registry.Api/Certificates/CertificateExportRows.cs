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

    public static async Task<List<object?[]>> UncertifiedAsync(RegistryDbContext db, string regionCode, DateOnly asOf, CancellationToken ct)
    {
        var ids = await Reports.UncertifiedServingAsync(db, regionCode, asOf, ct);
        var names = await db.Mediators.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var mediators = ids.Select(id => new { Id = id, Name = names[id] }).ToList();
        var serving = await db.Appointments.Where(a => ids.Contains(a.MediatorId) && a.StartDate <= asOf && (a.EndDate == null || a.EndDate >= asOf))
            .Join(db.Committees.InRegion(regionCode), a => a.CommitteeId, c => c.Id, (a, c) => new { a.MediatorId, a.Id, c.Name, c.RegionCode, a.Employment })
            .ToListAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().Include(c => c.Events).Where(c => ids.Contains(c.MediatorId)).ToListAsync(ct);
        return mediators.Select(m =>
        {
            var at = serving.Where(s => s.MediatorId == m.Id).OrderByDescending(s => s.Employment == Employment.FullTime).ThenBy(s => s.Id).First();
            var latest = certificates.Where(c => c.MediatorId == m.Id && c.IssuedOn <= asOf).MaxBy(c => c.IssuedOn);
            return new object?[]
            {
                m.Name, at.Name, at.RegionCode, at.Employment == Employment.FullTime ? "专职" : "兼职",
                latest?.Number ?? "", latest is null ? "无证" : StatusLabel(latest.StatusOn(asOf)),
            };
        }).ToList();
    }

    public static async Task<List<object?[]>> ExpiringAsync(RegistryDbContext db, string regionCode, int withinDays, DateOnly asOf, CancellationToken ct)
    {
        var certificates = await Reports.Expiring(db, regionCode, withinDays, asOf).OrderBy(c => c.Id)
            .Join(db.Mediators, c => c.MediatorId, m => m.Id, (c, m) => new { c.Number, m.Name, c.RegionCode, c.IssuedOn, c.ValidUntil })
            .ToListAsync(ct);
        return certificates.Select(c => new object?[]
        {
            c.Number, c.Name, c.RegionCode, c.IssuedOn.ToString("yyyy-MM-dd"), c.ValidUntil.ToString("yyyy-MM-dd"), c.ValidUntil.DayNumber - asOf.DayNumber,
        }).ToList();
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
