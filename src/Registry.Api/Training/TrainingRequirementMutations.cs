using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Training;

public sealed class TrainingRequirementMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetTrainingRequirementPayloadType>>("setTrainingRequirement").Requires(Permission.ManagePolicies)
            .Description("Sets a region's training requirement from effectiveFrom: replaces the one starting that day, or adds one. Periods of one region must not overlap.")
            .Argument<NonNullGraphType<SetTrainingRequirementInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SetTrainingRequirement>(), ctx.Input<SetTrainingRequirementInput>()));
}
