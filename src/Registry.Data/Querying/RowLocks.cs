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

    /// <summary>
    /// Serialises recounts of what is derived from several mediators' records (their training credits): PostgreSQL
    /// locks the rows in id order, so two transactions locking overlapping sets cannot deadlock. FOR NO KEY UPDATE
    /// conflicts with itself but not with the key-share locks that inserting a row referring to a mediator takes.
    /// </summary>
    public static async Task LockMediatorsAsync(this RegistryDbContext db, IReadOnlyCollection<long> mediatorIds, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres || mediatorIds.Count == 0) return;
        var placeholders = string.Join(", ", mediatorIds.Select((_, i) => $"{{{i}}}"));
        await db.Database.ExecuteSqlAsync(System.Runtime.CompilerServices.FormattableStringFactory.Create(
            $"SELECT 1 FROM mediators WHERE id IN ({placeholders}) ORDER BY id FOR NO KEY UPDATE", [.. mediatorIds.Cast<object>()]), ct);
    }

    /// <summary>
    /// Serialises the creation of subsidy claims, everywhere: a mediator's monthly cap counts what the claims of every
    /// region pay them, so two claims frozen at once in two counties could each pay the same month's cap. A
    /// transaction-level advisory lock, taken before the claim reads anything (each later statement, under READ
    /// COMMITTED, then sees the claim committed before it); SQLite already allows one writer at a time.
    /// </summary>
    public static async Task LockSubsidyClaimsAsync(this RegistryDbContext db, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('subsidy-claims'))", ct);
    }

    /// <summary>Serialises new staffing policy versions of one region, so two cannot both pass the overlap check.</summary>
    public static async Task LockRegionAsync(this RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM regions WHERE code = {regionCode} FOR UPDATE", ct);
    }
}
