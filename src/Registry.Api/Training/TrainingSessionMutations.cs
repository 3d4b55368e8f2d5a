using Registry.Api.Access;
using Registry.Domain.Access;
using Registry.Api.Committees;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Data.Training;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingSessionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ScheduleTrainingSessionPayloadType>>("scheduleTrainingSession").Requires(Permission.ManageTraining)
            .Description("Schedules a training session organised by a bureau's region.")
            .Argument<NonNullGraphType<ScheduleTrainingSessionInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var session = TrainingSession.Schedule(Details(input, null));
                await db.RequireRegionAsync(session.RegionCode, "organiserRegionCode", ct);
                ctx.Caller().RequireCovers(session.RegionCode, "organiserRegionCode");
                db.TrainingSessions.Add(session);
                return session;
            }));

        mutation.Field<NonNullGraphType<UpdateTrainingSessionPayloadType>>("updateTrainingSession").Requires(Permission.ManageTraining)
            .Description("Changes a session; omitted fields keep their values. Date and organiser are fixed once attendance is recorded.")
            .Argument<NonNullGraphType<UpdateTrainingSessionInputType>>("input")
            // The date is fixed once attendance is recorded, so a change can alter the attendees' credits only within the
            // session's year (whether it is practical, for instance): that year is recounted after saving.
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var session = await db.FindSessionForUpdateAsync(input.Get<string?>("sessionId", null), ct);
                ctx.Caller().RequireCovers(session.RegionCode, "sessionId");
                var details = Details(input, session);
                var recorded = db.Attendances.Where(a => a.SessionId == session.Id);
                var maxCredited = await recorded.MaxAsync(a => (int?)a.Minutes, ct) ?? 0;
                var moved = details.Date != session.Date ? "date" : details.OrganiserRegionCode != session.RegionCode ? "organiserRegionCode" : null;
                if (moved is not null && await recorded.AnyAsync(ct))
                    throw new DomainException(moved, ErrorCodes.Conflict,
                        $"Attendance is recorded for this session and was checked against its date and organiser; {moved} can no longer change. Cancel it and schedule a new one.");
                if (input.Has("organiserRegionCode"))
                {
                    await db.RequireRegionAsync(details.OrganiserRegionCode, "organiserRegionCode", ct);
                    ctx.Caller().RequireCovers(details.OrganiserRegionCode!, "organiserRegionCode");
                }
                session.Update(details, maxCredited);
                return session;
            }, afterSave: (db, session, ct) => TrainingCredits.RefreshAttendeesAsync(db, session.Id, [session.Date.Year], ct)));

        mutation.Field<NonNullGraphType<CancelTrainingSessionPayloadType>>("cancelTrainingSession").Requires(Permission.ManageTraining)
            .Description("Cancels a session today: it credits nothing from then on, and its records stay for history.")
            .Argument<NonNullGraphType<CancelTrainingSessionInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var session = await db.FindSessionForUpdateAsync(input.Get<string?>("sessionId", null), ct);
                ctx.Caller().RequireCovers(session.RegionCode, "sessionId");
                session.Cancel(ctx.Today(), input.Get<string?>("reason", null));
                return session;
            }, afterSave: (db, session, ct) => TrainingCredits.RefreshAttendeesAsync(db, session.Id, [session.Date.Year], ct)));

        mutation.Field<NonNullGraphType<RecordAttendancePayloadType>>("recordAttendance").Requires(Permission.ManageTraining)
            .Description($"Records up to {AttendanceRecorder.MaxAttendees} attendees of a session, all or nothing; recording someone again replaces their record.")
            .Argument<NonNullGraphType<RecordAttendanceInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var session = await db.FindSessionForUpdateAsync(input.Get<string?>("sessionId", null), ct);
                ctx.Caller().RequireCovers(session.RegionCode, "sessionId");
                var lines = (input.GetList<Dictionary<string, object?>>("attendees") ?? []).Select(raw =>
                {
                    var a = new InputFields(raw);
                    var hours = a.Get<double?>("hours", null);
                    return new AttendeeLine(a.Get<string?>("mediatorId", null), a.Get<string?>("idNumber", null), null,
                        hours is { } h ? (decimal)h : null, a.Get<AttendanceStatus?>("status", null));
                }).ToList();
                return await new AttendanceRecorder(db).RecordAsync(session, lines, ct);
            }, summarize: result => AttendanceAudit.Of(result)));
    }

    private static TrainingSessionDetails Details(InputFields input, TrainingSession? current) => new(
        input.Get("organiserRegionCode", current?.RegionCode),
        input.Has("tier") || !input.Has("organiserRegionCode") ? input.Get("tier", current?.Tier) : null,
        input.Get("form", current?.Form ?? default),
        input.Has("topics") ? Flags.Combine(input.GetList<TrainingTopic>("topics")) : current?.Topics ?? TrainingTopic.None,
        input.Get("title", current?.Title),
        input.Get("date", current?.Date ?? default),
        (decimal)input.Get("hours", (double)(current?.Hours ?? 0m)),
        input.Get("location", current?.Location),
        input.Has("isPractical") ? input.Get<bool?>("isPractical", null) : current?.IsPractical);
}
