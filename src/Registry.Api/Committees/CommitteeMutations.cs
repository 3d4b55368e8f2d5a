using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Committees;

public sealed class CommitteeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateCommitteePayloadType>>("createCommittee").Requires(Permission.ManageRoster)
            .Description("Registers a committee.")
            .Argument<NonNullGraphType<CreateCommitteeInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<CreateCommittee>(), ctx.Input<CreateCommitteeInput>()));

        mutation.Field<NonNullGraphType<UpdateCommitteePayloadType>>("updateCommittee").Requires(Permission.ManageRoster)
            .Description("Changes a committee's details; omitted fields keep their values.")
            .Argument<NonNullGraphType<UpdateCommitteeInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<UpdateCommittee>(), ctx.Input<UpdateCommitteeInput>()));

        mutation.Field<NonNullGraphType<DissolveCommitteePayloadType>>("dissolveCommittee").Requires(Permission.ManageRoster)
            .Description("Dissolves a committee (it is never deleted) and ends its open appointments on the same day.")
            .Argument<NonNullGraphType<DissolveCommitteeInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<DissolveCommittee>(), ctx.Input<DissolveCommitteeInput>()));
    }
}
