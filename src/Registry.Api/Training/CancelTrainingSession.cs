using Registry.Api.UseCases;
using Registry.Data.Training;
using Registry.Domain.Access;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>Cancels a session today: it credits nothing from then on, so its attendees' year is recounted.</summary>
public sealed class CancelTrainingSession : IUseCase<CancelTrainingSessionInput, TrainingSession>, IAfterSave<TrainingSession>
{
    public Permission Permission => Permission.ManageTraining;

    public async Task<TrainingSession> HandleAsync(CancelTrainingSessionInput input, UseCaseContext context, CancellationToken ct)
    {
        var session = await context.Db.FindSessionForUpdateAsync(input.SessionId, ct);
        context.RequireCovers(session.RegionCode, "sessionId");
        session.Cancel(context.Today, input.Reason);
        return session;
    }

    public Task AfterSaveAsync(RegistryDbContext db, TrainingSession session, CancellationToken ct) =>
        TrainingCredits.RefreshAttendeesAsync(db, session.Id, [session.Date.Year], ct);
}
