using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Registry.Domain.Cases;

namespace Registry.Api.Auditing;

/// <summary>
/// How a personal value appears in the audit trail: <c>{"masked": "130102********1234", "fingerprint": "…"}</c>. The
/// mask is the domain's (<see cref="PersonalDataMask"/>); the fingerprint is the keyed HMAC of the value, so a reader of
/// the trail sees that an ID number or phone changed (before ≠ after) and can tell whether two entries hold the same
/// value, but cannot read it, nor test a guessed number without the key. Fingerprints are taken over
/// "audit:Type.property:value", so they never equal the case-party fingerprints of the same ID number.
/// </summary>
public sealed record PersonalAuditValue(string? Masked, string Fingerprint)
{
    /// <summary>Replaces, in an entry's before or after values, each personal property's raw value by its protected form.</summary>
    public static void Protect(EntityEntry entry, Dictionary<string, object?>? values, IPartyHasher fingerprinter)
    {
        if (values is null) return;
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.PropertyInfo?.GetCustomAttribute<PersonalDataAttribute>() is not { } personal) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
            if (!values.TryGetValue(name, out var raw) || raw is null) continue;
            var text = raw is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : raw.ToString() ?? "";
            values[name] = new PersonalAuditValue(PersonalDataMask.Apply(personal.Kind, raw),
                fingerprinter.Fingerprint($"audit:{entry.Metadata.ClrType.Name}.{name}:{text}"));
        }
    }
}
