using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>What dissolving a committee does to the people serving it.</summary>
internal static class CommitteeDissolution
{
    public static async Task EndAppointmentsAsync(RegistryDbContext db, Committee committee, CancellationToken ct)
    {
        var dissolvedOn = committee.DissolvedOn!.Value;
        var startingLater = await db.Appointments.AnyAsync(a => a.CommitteeId == committee.Id && a.StartDate > dissolvedOn, ct);
        if (startingLater)
            throw new DomainException("dissolvedOn", ErrorCodes.Conflict, "Some appointments to this committee start after dissolvedOn; end or correct them first.");
        var open = await db.Appointments
            .Where(a => a.CommitteeId == committee.Id && (a.EndDate == null || a.EndDate > dissolvedOn)).ToListAsync(ct);
        foreach (var appointment in open.Where(a => a.EndDate is null)) appointment.End(dissolvedOn);
        if (open.Any(a => a.EndDate > dissolvedOn))
            throw new DomainException("dissolvedOn", ErrorCodes.Conflict, "Some appointments to this committee end after dissolvedOn; correct them first.");
    }
}
