using Registry.Api.Schema.Mutations;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class RecordAttendancePayloadType : ObjectGraphType<Payload<AttendanceResult>>
{
    public RecordAttendancePayloadType()
    {
        Name = "RecordAttendancePayload";
        Field<TrainingSessionType>("trainingSession").Resolve(ctx => ctx.Source.Result?.Session);
        Field<ListGraphType<NonNullGraphType<AttendanceType>>>("attendances")
            .Description("The records as stored, in input order; null when userErrors is not empty.")
            .Resolve(ctx => ctx.Source.Result?.Attendances);
        Field<IntGraphType>("createdCount").Resolve(ctx => ctx.Source.Result?.Created);
        Field<IntGraphType>("updatedCount").Description("Attendees already recorded, whose record was replaced.").Resolve(ctx => ctx.Source.Result?.Updated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Schema.Errors.UserErrorType>>>>("userErrors")
            .Description("One per bad row, field [\"attendees\", index, field]; nothing was recorded.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
