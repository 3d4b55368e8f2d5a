using Registry.Api.Schema;
using Registry.Data.Querying;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public static class TrainingLookup
{
    /// <summary>Finds a session by global ID after locking its row, so attendance and hours change one writer at a time.</summary>
    public static async Task<TrainingSession> FindSessionForUpdateAsync(this RegistryDbContext db, string? id, CancellationToken ct, string field = "sessionId")
    {
        var key = GlobalId.DecodeKey(id, "TrainingSession", field);
        await db.LockTrainingSessionAsync(key, ct);
        return await db.TrainingSessions.FindAsync([key], ct)
               ?? throw new DomainException(field, ErrorCodes.NotFound, $"No TrainingSession has the ID '{id}'.");
    }
}
