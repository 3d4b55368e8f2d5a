using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Domain.Auditing;

namespace Registry.Api.Auditing;

/// <summary>
/// The mediators whose personal data this request showed unmasked; written to the audit trail, one entry per
/// mediator, once the response is ready.
/// </summary>
public sealed class PersonalDataReads(RegistryDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    private readonly HashSet<long> mediatorIds = [];
    private readonly HashSet<long> informantIds = [];

    public void Add(long mediatorId) => mediatorIds.Add(mediatorId);

    /// <summary>An information officer or volunteer (信息员, 志愿者) whose personal data was shown unmasked.</summary>
    public void AddInformant(long informantId) => informantIds.Add(informantId);

    public async Task FlushAsync(CancellationToken ct)
    {
        if (mediatorIds.Count == 0 && informantIds.Count == 0) return;
        var caller = Caller.From(http.HttpContext?.User);
        var at = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        foreach (var id in mediatorIds)
            db.AuditEntries.Add(AuditEntry.Record(at, caller.Subject ?? "anonymous", caller.RoleName, caller.Jurisdiction,
                "readPersonalData", "Mediator", GlobalId.Encode("Mediator", id), caller.Jurisdiction, null, null));
        foreach (var id in informantIds)
            db.AuditEntries.Add(AuditEntry.Record(at, caller.Subject ?? "anonymous", caller.RoleName, caller.Jurisdiction,
                "readPersonalData", "Informant", GlobalId.Encode("Informant", id), caller.Jurisdiction, null, null));
        await db.SaveChangesAsync(ct);
        mediatorIds.Clear();
        informantIds.Clear();
    }
}
