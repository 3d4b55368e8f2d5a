using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Appointments;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;

namespace Registry.Api.Appointments;

public sealed class AppointmentType : ObjectGraphType<Appointment>
{
    public AppointmentType()
    {
        Name = "Appointment";
        Description = "A mediator serving a committee (聘任) from startDate to endDate, the last day served (inclusive).";
        this.IsNode("Appointment");
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(a => a.Role, type: typeof(NonNullGraphType<EnumerationGraphType<AppointmentRole>>));
        Field(a => a.Employment, type: typeof(NonNullGraphType<EnumerationGraphType<Employment>>))
            .Description("FULL_TIME (专职) or PART_TIME (兼职).");
        Field(a => a.StartDate);
        Field(a => a.EndDate, nullable: true).Description("Last day served; null while serving.");
        Field<NonNullGraphType<BooleanGraphType>>("isActive")
            .Description("In force on asOf (default today).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx => ctx.Source.IsActiveOn(ctx.AsOf()));
    }
}
