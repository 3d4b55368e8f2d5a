using System.Text.Json;
using Registry.Api.Access;
using Registry.Domain.Auditing;

namespace Registry.Api.Auditing;

/// <summary>One audit entry for a bulk operation (an import of thousands of rows): what kind, where, and its outcome.</summary>
public sealed record AuditSummary(string EntityType, Func<Caller, string?> RegionOf, object Outcome)
{
    public void Record(RegistryDbContext db, Caller caller, string operation, DateTime at) =>
        db.AuditEntries.Add(AuditEntry.Record(at, caller.Subject ?? "anonymous", caller.RoleName, caller.Jurisdiction, operation,
            EntityType, $"{EntityType}:{at:yyyyMMddHHmmssfff}", RegionOf(caller), null,
            JsonSerializer.Serialize(Outcome, new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            })));
}
