using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Grading;

public sealed class GradingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetGradeLadderPayloadType>>("setGradeLadder").Requires(Permission.ManageGrading)
            .Description("Adds a version of a region's grade ladder; overlapping periods and criteria that make no sense are refused by field.")
            .Argument<NonNullGraphType<SetGradeLadderInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SetGradeLadder>(), ctx.Input<SetGradeLadderInput>()));

        mutation.Field<NonNullGraphType<RecordGradeAssessmentPayloadType>>("recordGradeAssessment").Requires(Permission.ManageGrading)
            .Description("Records a mediator's grade assessment; the level must be on the ladder in force for the assessing region that day.")
            .Argument<NonNullGraphType<RecordGradeAssessmentInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RecordGradeAssessment>(), ctx.Input<RecordGradeAssessmentInput>()));
    }
}
