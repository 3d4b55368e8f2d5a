using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class CriterionResultType : ObjectGraphType<CriterionResult>
{
    public CriterionResultType()
    {
        Name = "CriterionResult";
        Description = "A criterion judged for one mediator: required, actual (null when the records give no figure, e.g. no case decided) and met.";
        Field<NonNullGraphType<GradeCriterionType>>("criterion").Resolve(ctx => ctx.Source.Criterion);
        Field<FloatGraphType>("required").Resolve(ctx => ctx.Source.Required is { } r ? (double)r : null);
        Field<FloatGraphType>("actual").Resolve(ctx => ctx.Source.Actual is { } a ? (double)a : null);
        Field<NonNullGraphType<BooleanGraphType>>("met").Resolve(ctx => ctx.Source.Met);
    }
}
