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
    private const string UncertifiedSql = "WITH " + GradingSql.Serving + ", " + GradingSql.Certified + """
        SELECT s.mediator_id FROM serving s LEFT JOIN certified c ON c.mediator_id = s.mediator_id
        WHERE c.mediator_id IS NULL ORDER BY s.mediator_id
        """;

    /// <summary>
    /// <c>uncertifiedServing</c>: the ids, in order, of the mediators with an appointment in force on <paramref name="asOf"/>
    /// at a committee in <paramref name="regionCode"/>'s subtree and no valid certificate that day — one statement.
    /// </summary>
    public static Task<List<long>> UncertifiedServingAsync(RegistryDbContext db, string regionCode, DateOnly asOf, CancellationToken ct) =>
        GradingSql.ReadAsync(db, UncertifiedSql, GradingSql.Scope(regionCode, asOf), reader => reader.GetInt64(0), ct);

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
