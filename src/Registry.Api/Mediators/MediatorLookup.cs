using Registry.Api.Schema;
using Registry.Domain.Access;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public static class MediatorLookup
{
    public static Task<Mediator> FindMediatorAsync(this RegistryDbContext db, string? id, CancellationToken ct, string field = "mediatorId") =>
        db.FindByGlobalIdAsync<Mediator>(id, "Mediator", field, ct);

    /// <summary>ID numbers are unique: a second person with the same number is refused by field.</summary>
    public static async Task EnsureIdNumberFreeAsync(this RegistryDbContext db, Mediator mediator, CancellationToken ct)
    {
        if (await db.Mediators.AnyAsync(m => m.IdNumber == mediator.IdNumber && m.Id != mediator.Id, ct))
            throw new DomainException("idNumber", ErrorCodes.Duplicate, "A mediator with this ID number is already registered.");
    }

    /// <summary>
    /// A bureau may change a mediator its jurisdiction covers: one who serves (or served) a committee in it, or one not
    /// yet appointed whom it registered (<see cref="AccessRules.CoversMediator"/>).
    /// </summary>
    public static async Task RequireCallerServesAsync(this RegistryDbContext db, Access.Caller caller, long mediatorId, CancellationToken ct)
    {
        var regions = await db.Appointments.Where(a => a.MediatorId == mediatorId)
            .Join(db.Committees, a => a.CommitteeId, c => c.Id, (a, c) => c.RegionCode).Distinct().ToListAsync(ct);
        var registeringRegion = (await db.Mediators.FindAsync([mediatorId], ct))?.RegisteringRegionCode;
        if (AccessRules.WhyNotForMediator(caller.Role, caller.Jurisdiction, Permission.ManageRoster, regions, registeringRegion) is { } refusal)
            throw new DomainException("mediatorId", refusal.Code, refusal.Message);
    }
}
