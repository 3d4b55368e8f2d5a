using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Paging;
using Registry.Api.Schema.Scalars;
using Registry.Data.Querying;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingSessionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<TrainingSessionType, TrainingSession>>>("trainingSessions")
            .Description("Sessions organised inside a region's subtree (a county's list includes its townships' sessions), between two dates inclusive.")
            .Argument<StringGraphType>("regionCode", "Region code inside your jurisdiction; covers the whole subtree. Omit for your whole jurisdiction.")
            .Argument<CalendarDateGraphType>("from", "First day, inclusive.")
            .Argument<CalendarDateGraphType>("to", "Last day, inclusive.")
            .Argument<BooleanGraphType>("includeCancelled", "Include cancelled sessions.", a => a.DefaultValue = false)
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var from = ctx.GetArgument<DateOnly?>("from");
                var to = ctx.GetArgument<DateOnly?>("to");
                if (from > to) throw new InputError("to", ErrorCodes.OutOfRange, "to must not be before from.");
                var sessions = ctx.Db().TrainingSessions.InRegion(await ctx.ReportRegionArgumentAsync());
                if (from is { } f) sessions = sessions.Where(s => s.Date >= f);
                if (to is { } t) sessions = sessions.Where(s => s.Date <= t);
                if (!ctx.GetArgument<bool>("includeCancelled")) sessions = sessions.Where(s => s.CancelledOn == null);
                return await sessions.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingRequirementType>>>>("trainingRequirements")
            .Description("Training requirements of a region, of the regions enclosing it and of those inside it, in any period.")
            .Argument<StringGraphType>("regionCode", "Inside your jurisdiction; omit for your whole jurisdiction.")
            .ResolveAsync(async ctx =>
            {
                var code = await ctx.ReportRegionArgumentAsync();
                var all = await ctx.Db().TrainingRequirements.AsNoTracking().OrderBy(r => r.RegionCode).ThenBy(r => r.EffectiveFrom).ToListAsync(ctx.CancellationToken);
                return code is null ? all : all.Where(r => Domain.Regions.RegionCode.Covers(r.RegionCode, code) || Domain.Regions.RegionCode.Covers(code, r.RegionCode)).ToList();
            });

        query.Field<NonNullGraphType<GoverningRequirementType>>("governingTrainingRequirement")
            .Description("The minimums that govern a region on asOf (default today), figure by figure.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<CalendarDateGraphType>("asOf")
            .ResolveAsync(async ctx =>
            {
                var code = (await ctx.ReportRegionArgumentAsync(required: true))!;
                var requirements = await ctx.Db().TrainingRequirements.AsNoTracking().ToListAsync(ctx.CancellationToken);
                return TrainingRequirementResolver.Resolve(requirements, code, ctx.AsOf());
            });
    }
}
