using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Data.Training;
using Registry.Domain.Access;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// Changes a session under its row lock, so no attendance is recorded between the check of what was credited and the
/// change. The date is fixed once attendance is recorded, so a change can alter the attendees' credits only within the
/// session's year (whether it is practical, for instance): that year is recounted after saving.
/// </summary>
public sealed class UpdateTrainingSession : IUseCase<UpdateTrainingSessionInput, TrainingSession>, IAfterSave<TrainingSession>
{
    public Permission Permission => Permission.ManageTraining;

    public async Task<TrainingSession> HandleAsync(UpdateTrainingSessionInput input, UseCaseContext context, CancellationToken ct)
    {
        var session = await context.Db.FindSessionForUpdateAsync(input.SessionId, ct);
        context.RequireCovers(session.RegionCode, "sessionId");
        var details = input.Over(session);
        var recorded = context.Db.Attendances.Where(a => a.SessionId == session.Id);
        var maxCredited = await recorded.MaxAsync(a => (int?)a.Minutes, ct);
        if (input.OrganiserRegionCode.IsSet)
        {
            await context.Db.RequireRegionAsync(details.OrganiserRegionCode, "organiserRegionCode", ct);
            context.RequireCovers(details.OrganiserRegionCode!, "organiserRegionCode");
        }
        session.Update(details, attendanceRecorded: maxCredited is not null, maxCredited ?? 0);
        return session;
    }

    public Task AfterSaveAsync(RegistryDbContext db, TrainingSession session, CancellationToken ct) =>
        TrainingCredits.RefreshAttendeesAsync(db, session.Id, [session.Date.Year], ct);
}
