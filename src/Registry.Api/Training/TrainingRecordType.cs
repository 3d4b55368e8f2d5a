using Registry.Api.Schema;
using Registry.Api.Access;
using Registry.Domain.Access;
using GraphQL.DataLoader;
using Registry.Api.Schema.Loading;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingRecordType : ObjectGraphType<TrainingRecord>
{
    public TrainingRecordType()
    {
        Name = "TrainingRecord";
        Description = "A mediator's training in one calendar year.";
        Field(r => r.Year);
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("Hours credited by sessions not cancelled.").Resolve(ctx => TrainingHours.ToHours(ctx.Source.Minutes));
        Field(r => r.PracticalCount).Description("Practical sessions (实训) with hours credited.");
        Field(r => r.SessionCount).Description("Sessions with hours credited.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceType>>>>("attendances")
            .Description("Every record of the year's sessions, by date, including ABSENT and cancelled sessions (a year holds a few dozen at most).")
            .Resolve(ctx => ctx.Source.Entries.Select(e => e.Attendance));
    }
}
