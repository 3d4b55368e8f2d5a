using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>Schedules a training session organised by a bureau's region inside the caller's jurisdiction.</summary>
public sealed class ScheduleTrainingSession : IUseCase<ScheduleTrainingSessionInput, TrainingSession>
{
    public Permission Permission => Permission.ManageTraining;

    public async Task<TrainingSession> HandleAsync(ScheduleTrainingSessionInput input, UseCaseContext context, CancellationToken ct)
    {
        var session = TrainingSession.Schedule(input.ToDetails());
        await context.Db.RequireRegionAsync(session.RegionCode, "organiserRegionCode", ct);
        context.RequireCovers(session.RegionCode, "organiserRegionCode");
        context.Db.TrainingSessions.Add(session);
        return session;
    }
}
