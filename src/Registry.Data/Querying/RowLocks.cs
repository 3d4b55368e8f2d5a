namespace Registry.Data.Querying;

/// <summary>
/// Serialises writes that check a rule across rows (e.g. one full-time appointment per mediator): PostgreSQL locks the
/// parent row until commit; SQLite already allows one writer at a time.
/// </summary>
public static class RowLocks
{
    public static async Task LockMediatorAsync(this RegistryDbContext db, long mediatorId, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM mediators WHERE id = {mediatorId} FOR UPDATE", ct);
    }

    /// <summary>Serialises new staffing policy versions of one region, so two cannot both pass the overlap check.</summary>
    public static async Task LockRegionAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM regions WHERE code = {regionCode} FOR UPDATE", ct);
    }
}
