namespace Registry.Domain.Common;

/// <summary>Every stored thing has a numeric identity, assigned by the database.</summary>
public abstract class Entity
{
    public long Id { get; protected set; }
}
