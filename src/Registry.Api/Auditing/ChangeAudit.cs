using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Domain.Auditing;
using Registry.Domain.Cases;
using Registry.Domain.Regions;

namespace Registry.Api.Auditing;

/// <summary>
/// Turns what a mutation changed into audit entries: captured from EF's change tracker before saving (old values),
/// completed after saving (new IDs), and written in the same transaction, so no change goes unrecorded. Personal data
/// (properties marked <see cref="PersonalDataAttribute"/>) is never written raw: see <see cref="PersonalAuditValue"/>.
/// </summary>
public sealed class ChangeAudit
{
    private readonly List<(EntityEntry Entry, EntityState State, Dictionary<string, object?>? Before)> changes;
    private readonly IPartyHasher fingerprinter;

    private ChangeAudit(List<(EntityEntry, EntityState, Dictionary<string, object?>?)> changes, IPartyHasher fingerprinter) =>
        (this.changes, this.fingerprinter) = (changes, fingerprinter);

    /// <param name="fingerprinter">The registry's one keyed fingerprinter (<c>Cases:PartyHashKey</c>), for personal values.</param>
    public static ChangeAudit Capture(RegistryDbContext db, IPartyHasher fingerprinter) =>
        new(db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .Select(e => (e, e.State, e.State == EntityState.Added ? null : Values(e, original: true)))
            .ToList(), fingerprinter);

    public void Record(RegistryDbContext db, Caller caller, string operation, DateTime at)
    {
        foreach (var (entry, state, before) in changes)
        {
            var after = state == EntityState.Deleted ? null : Values(entry, original: false);
            if (state == EntityState.Modified && before is not null && after is not null)
            {
                foreach (var same in before.Keys.Where(k => Equals(before[k], after[k])).ToList())
                {
                    before.Remove(same);
                    after.Remove(same);
                }
            }
            var type = entry.Metadata.ClrType.Name;
            PersonalAuditValue.Protect(entry, before, fingerprinter);
            PersonalAuditValue.Protect(entry, after, fingerprinter);
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            var id = entry.Entity is Entity ? GlobalId.Encode(type, key) : $"{type}:{key}";
            var region = (entry.Entity as IRegional)?.RegionCode ?? caller.Jurisdiction;
            db.AuditEntries.Add(AuditEntry.Record(at, caller.Subject ?? "anonymous", caller.RoleName, caller.Jurisdiction, operation,
                type, id, region, Json(before), Json(after)));
        }
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, bool original) =>
        entry.Properties.Where(p => !p.Metadata.IsShadowProperty())
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name), p => original ? p.OriginalValue : p.CurrentValue);

    private static string? Json(Dictionary<string, object?>? values) =>
        values is null ? null : JsonSerializer.Serialize(values, SerializerOptions);

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase, // PersonalAuditValue's masked and fingerprint
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
