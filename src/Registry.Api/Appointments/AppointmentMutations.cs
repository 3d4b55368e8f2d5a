using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Appointments;

public sealed class AppointmentMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AppointMediatorPayloadType>>("appointMediator").Requires(Permission.ManageRoster)
            .Description("Appoints a mediator to a committee. At most one full-time appointment per mediator on any date.")
            .Argument<NonNullGraphType<AppointMediatorInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<AppointMediator>(), ctx.Input<AppointMediatorInput>()));

        mutation.Field<NonNullGraphType<EndAppointmentPayloadType>>("endAppointment").Requires(Permission.ManageRoster)
            .Description("Ends an appointment; endDate is the last day served.")
            .Argument<NonNullGraphType<EndAppointmentInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<EndAppointment>(), ctx.Input<EndAppointmentInput>()));
    }
}
