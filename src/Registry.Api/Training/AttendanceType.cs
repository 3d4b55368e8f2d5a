using Registry.Api.Mediators;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class AttendanceType : ObjectGraphType<Attendance>
{
    public AttendanceType()
    {
        Name = "Attendance";
        Description = "A mediator's attendance at a session and the hours it credits.";
        this.IsNode("Attendance");
        Field<NonNullGraphType<TrainingSessionType>>("session").Resolve(ctx => ctx.LoadById<TrainingSession>(ctx.Source.SessionId));
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field(a => a.Status, type: typeof(NonNullGraphType<EnumerationGraphType<AttendanceStatus>>));
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("Hours credited: 0 unless ATTENDED or PARTIAL.").Resolve(ctx => ctx.Source.Hours);
    }
}
