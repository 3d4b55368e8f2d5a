namespace Registry.Api.Schema;

/// <summary>Finds the entity a mutation input names by global ID, or a field error saying why not.</summary>
public static class EntityLookup
{
    public static async Task<T> FindByGlobalIdAsync<T>(this RegistryDbContext db, string? id, string typeName, string field, CancellationToken ct)
        where T : Entity =>
        await db.Set<T>().FindAsync([GlobalId.DecodeKey(id, typeName, field)], ct)
        ?? throw new DomainException(field, ErrorCodes.NotFound, $"No {typeName} has the ID '{id}'.");
}
