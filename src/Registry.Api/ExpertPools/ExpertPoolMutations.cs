using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.ExpertPools;

public sealed class ExpertPoolMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateExpertPoolPayloadType>>("createExpertPool").Requires(Permission.ManageRoster)
            .Description("Creates the expert pool (调解专家库) of a prefecture or county.")
            .Argument<NonNullGraphType<CreateExpertPoolInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<CreateExpertPool>(), ctx.Input<CreateExpertPoolInput>()));

        mutation.Field<NonNullGraphType<AddExpertPayloadType>>("addExpert").Requires(Permission.ManageRoster)
            .Description("Adds an expert to a pool for a term.")
            .Argument<NonNullGraphType<AddExpertInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<AddExpert>(), ctx.Input<AddExpertInput>()));
    }
}
