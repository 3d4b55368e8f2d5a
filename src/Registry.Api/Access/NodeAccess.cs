using Registry.Domain.Access;
using Registry.Domain.Appointments;
using Registry.Domain.Auditing;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.ExpertPools;
using Registry.Domain.Mediators;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Api.Access;

/// <summary>
/// Who may fetch an entity by its global ID. What the public directory shows (regions, committees, studios, expert
/// pools and their experts, mediators and their appointments) every caller may fetch, signed in or not, wherever it
/// is — personal fields are masked field by field. Anything else needs a token whose jurisdiction covers the region
/// the entity belongs to; the audit trail needs its own permission.
/// </summary>
public static class NodeAccess
{
    private static readonly HashSet<Type> Directory =
        [typeof(Region), typeof(Committee), typeof(Domain.BrandStudios.BrandStudio), typeof(ExpertPool), typeof(Expert), typeof(Mediator), typeof(Appointment)];

    public static async Task<bool> MayReadAsync(Caller caller, RegistryDbContext db, object entity, CancellationToken ct)
    {
        if (entity is AuditEntry audit)
            return caller.Can(Permission.ReadAuditLog) && audit.RegionCode is { } auditRegion && caller.Covers(auditRegion);
        if (Directory.Contains(entity.GetType())) return true;
        if (!caller.IsSignedIn) return false;
        var region = await RegionOfAsync(db, entity, ct);
        return region is null || caller.Covers(region);
    }

    /// <summary>The region an entity belongs to: its own, or that of the committee, session or pool it hangs from.</summary>
    private static async Task<string?> RegionOfAsync(RegistryDbContext db, object entity, CancellationToken ct) => entity switch
    {
        IRegional regional => regional.RegionCode,
        Appointment a => await CommitteeRegionAsync(db, a.CommitteeId, ct),
        MediationCase c => await CommitteeRegionAsync(db, c.CommitteeId, ct),
        Attendance a => await db.TrainingSessions.Where(s => s.Id == a.SessionId).Select(s => s.RegionCode).SingleOrDefaultAsync(ct),
        Expert e => await db.ExpertPools.Where(p => p.Id == e.ExpertPoolId).Select(p => p.RegionCode).SingleOrDefaultAsync(ct),
        _ => null,
    };

    private static Task<string?> CommitteeRegionAsync(RegistryDbContext db, long committeeId, CancellationToken ct) =>
        db.Committees.Where(c => c.Id == committeeId).Select(c => (string?)c.RegionCode).SingleOrDefaultAsync(ct);
}
