using Registry.Data.Querying;
using Registry.Domain.Certificates;

namespace Registry.Data.Reports.Grading;

/// <summary>
/// The certificate questions bureaus ask, as queries both GraphQL and the exports page or stream. "Valid on a day" is
/// <see cref="Certificate.IsValidOn"/> read from the events: the certificate's latest event on or before the day left
/// it ACTIVE with a validity reaching the day.
/// </summary>
public static class CertificateQueries
{
    /// <summary>The mediators holding a valid certificate on <paramref name="asOf"/>.</summary>
    public static IQueryable<long> CertifiedOn(RegistryDbContext db, DateOnly asOf) =>
        db.CertificateEvents
            .Where(e => e.On <= asOf && e.StatusAfter == CertificateStatus.Active && e.ValidUntilAfter >= asOf
                        && !db.CertificateEvents.Any(f => f.CertificateId == e.CertificateId && f.On <= asOf && f.Sequence > e.Sequence))
            .Select(e => e.MediatorId);

    /// <summary>
    /// <c>uncertifiedServing</c>: mediators with an appointment in force on <paramref name="asOf"/> at a committee in
    /// <paramref name="regionCode"/>'s subtree and no valid certificate that day.
    /// </summary>
    public static IQueryable<Mediator> UncertifiedServing(RegistryDbContext db, string regionCode, DateOnly asOf)
    {
        var committees = db.Committees.InRegion(regionCode).Select(c => c.Id);
        var serving = db.Appointments.Where(a => a.StartDate <= asOf && (a.EndDate == null || a.EndDate >= asOf) && committees.Contains(a.CommitteeId));
        var certified = CertifiedOn(db, asOf);
        return db.Mediators.Where(m => serving.Any(a => a.MediatorId == m.Id) && !certified.Contains(m.Id));
    }

    /// <summary>
    /// <c>expiringCertificates</c>: certificates issued in <paramref name="regionCode"/>'s subtree, ACTIVE now, whose
    /// validity ends within <paramref name="withinDays"/> days of <paramref name="asOf"/> (asOf itself included).
    /// </summary>
    public static IQueryable<Certificate> Expiring(RegistryDbContext db, string regionCode, int withinDays, DateOnly asOf)
    {
        var until = asOf.AddDays(withinDays);
        return db.Certificates.InRegion(regionCode)
            .Where(c => c.Status == CertificateStatus.Active && c.ValidUntil >= asOf && c.ValidUntil <= until);
    }
}
