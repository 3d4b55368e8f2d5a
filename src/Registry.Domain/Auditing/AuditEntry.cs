using Registry.Domain.Common;

namespace Registry.Domain.Auditing;

/// <summary>
/// One change made through the API (or one unmasked read of personal data): who, in what capacity, when, to what,
/// and the values before and after. Entries are only ever added.
/// </summary>
public class AuditEntry : Entity
{
    private AuditEntry() { }

    public DateTime At { get; private set; }
    public string Actor { get; private set; } = "";
    public string? Role { get; private set; }
    public string? Jurisdiction { get; private set; }
    /// <summary>The mutation, e.g. <c>appointMediator</c>, or <c>readPersonalData</c>.</summary>
    public string Operation { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    /// <summary>The entity's global ID.</summary>
    public string EntityId { get; private set; } = "";
    /// <summary>Where the entity sits, so a bureau can read the trail of its own subtree.</summary>
    public string? RegionCode { get; private set; }
    /// <summary>JSON of the changed fields' old values; null for a creation.</summary>
    public string? Before { get; private set; }
    /// <summary>JSON of the changed fields' new values; null for a read.</summary>
    public string? After { get; private set; }

    public static AuditEntry Record(DateTime at, string actor, string? role, string? jurisdiction, string operation,
        string entityType, string entityId, string? regionCode, string? before, string? after) => new()
    {
        At = at, Actor = actor, Role = role, Jurisdiction = jurisdiction, Operation = operation,
        EntityType = entityType, EntityId = entityId, RegionCode = regionCode, Before = before, After = after,
    };
}
