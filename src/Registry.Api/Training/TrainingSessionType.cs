using Registry.Api.Committees;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingSessionType : ObjectGraphType<TrainingSession>
{
    public TrainingSessionType()
    {
        Name = "TrainingSession";
        Description = "A training session (培训) organised by a bureau. A cancelled session credits nothing.";
        this.IsNode("TrainingSession");
        Field("organiserRegionCode", s => s.RegionCode).Description("The organising bureau's region.");
        Field<NonNullGraphType<RegionType>>("organiserRegion").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(s => s.Tier, type: typeof(NonNullGraphType<EnumerationGraphType<TrainingTier>>));
        Field(s => s.Form, type: typeof(NonNullGraphType<EnumerationGraphType<TrainingForm>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingTopicType>>>>("topics").Resolve(ctx => Flags.Split(ctx.Source.Topics));
        Field(s => s.Title);
        Field(s => s.Date);
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("Length in hours (学时).").Resolve(ctx => ctx.Source.Hours);
        Field(s => s.Location, nullable: true);
        Field(s => s.IsPractical).Description("Counts as practical training (实训).");
        Field(s => s.CancelledOn, nullable: true).Description("When it was cancelled; a cancelled session credits nothing.");
        Field(s => s.CancellationReason, nullable: true);
        Field<NonNullGraphType<ConnectionType<AttendanceType, Attendance>>>("attendances")
            .Description("Who was recorded, in the order recorded.")
            .Paged()
            .ResolveAsync(async ctx => await ctx.Db().Attendances.Where(a => a.SessionId == ctx.Source.Id)
                .ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken));
    }
}
