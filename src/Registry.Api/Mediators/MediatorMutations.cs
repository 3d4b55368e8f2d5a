using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Mediators;

public sealed class MediatorMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterMediatorPayloadType>>("registerMediator").Requires(Permission.ManageRoster)
            .Description("Registers a person as a mediator; appoint them to a committee with appointMediator.")
            .Argument<NonNullGraphType<RegisterMediatorInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RegisterMediator>(), ctx.Input<RegisterMediatorInput>()));

        mutation.Field<NonNullGraphType<UpdateMediatorPayloadType>>("updateMediator").Requires(Permission.ManageRoster)
            .Description("Changes a mediator's details; omitted fields keep their values.")
            .Argument<NonNullGraphType<UpdateMediatorInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<UpdateMediator>(), ctx.Input<UpdateMediatorInput>()));
    }
}
