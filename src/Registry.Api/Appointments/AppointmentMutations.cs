using Registry.Domain.Access;
using Registry.Api.Access;
using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Data.Querying;
using Registry.Domain.Appointments;

namespace Registry.Api.Appointments;

public sealed class AppointmentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AppointMediatorPayloadType>>("appointMediator").Requires(Permission.ManageRoster)
            .Description("Appoints a mediator to a committee. At most one full-time appointment per mediator on any date.")
            .Argument<NonNullGraphType<AppointMediatorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var mediator = await db.FindMediatorAsync(input.Get<string?>("mediatorId", null), ct);
                var committee = await db.FindCommitteeAsync(input.Get<string?>("committeeId", null), ct);
                ctx.Caller().RequireCovers(committee.RegionCode, "committeeId");
                var start = input.Get("startDate", DateOnly.MinValue);
                var end = input.Get<DateOnly?>("endDate", null);
                AppointmentPolicy.CheckCommitteeServes(committee, start, end);
                await db.LockMediatorAsync(mediator.Id, ct);
                var others = await db.Appointments.Where(a => a.MediatorId == mediator.Id).ToListAsync(ct);
                var appointment = Appointment.Make(mediator.Id, committee.Id, input.Get("role", AppointmentRole.Member),
                    input.Get("employment", Employment.PartTime), start, end, others, mediator.BirthDate);
                db.Appointments.Add(appointment);
                return appointment;
            }));

        mutation.Field<NonNullGraphType<EndAppointmentPayloadType>>("endAppointment").Requires(Permission.ManageRoster)
            .Description("Ends an appointment; endDate is the last day served.")
            .Argument<NonNullGraphType<EndAppointmentInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var appointment = await db.FindByGlobalIdAsync<Appointment>(input.Get<string?>("appointmentId", null), "Appointment", "appointmentId", ct);
                var committee = await db.Committees.FindAsync([appointment.CommitteeId], ct);
                ctx.Caller().RequireCovers(committee!.RegionCode, "appointmentId");
                appointment.End(input.Get("endDate", DateOnly.MinValue));
                return appointment;
            }));
    }
}
