namespace Registry.Data.Querying;

/// <summary>
/// Serialises changes to one session's attendance and hours on PostgreSQL (SQLite already has one writer), so a
/// concurrent hours cut cannot slip under a credit being recorded.
/// </summary>
public static class TrainingLocks
{
    public static async Task LockTrainingSessionAsync(this RegistryDbContext db, long sessionId, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM training_sessions WHERE id = {sessionId} FOR UPDATE", ct);
    }
}
