using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Training;

public sealed class TrainingSessionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ScheduleTrainingSessionPayloadType>>("scheduleTrainingSession").Requires(Permission.ManageTraining)
            .Description("Schedules a training session organised by a bureau's region.")
            .Argument<NonNullGraphType<ScheduleTrainingSessionInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<ScheduleTrainingSession>(), ctx.Input<ScheduleTrainingSessionInput>()));

        mutation.Field<NonNullGraphType<UpdateTrainingSessionPayloadType>>("updateTrainingSession").Requires(Permission.ManageTraining)
            .Description("Changes a session; omitted fields keep their values. Date and organiser are fixed once attendance is recorded.")
            .Argument<NonNullGraphType<UpdateTrainingSessionInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<UpdateTrainingSession>(), ctx.Input<UpdateTrainingSessionInput>()));

        mutation.Field<NonNullGraphType<CancelTrainingSessionPayloadType>>("cancelTrainingSession").Requires(Permission.ManageTraining)
            .Description("Cancels a session today: it credits nothing from then on, and its records stay for history.")
            .Argument<NonNullGraphType<CancelTrainingSessionInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<CancelTrainingSession>(), ctx.Input<CancelTrainingSessionInput>()));

        mutation.Field<NonNullGraphType<RecordAttendancePayloadType>>("recordAttendance").Requires(Permission.ManageTraining)
            .Description($"Records up to {AttendanceRecorder.MaxAttendees} attendees of a session, all or nothing; recording someone again replaces their record.")
            .Argument<NonNullGraphType<RecordAttendanceInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RecordAttendance>(), ctx.Input<RecordAttendanceInput>()));
    }
}
