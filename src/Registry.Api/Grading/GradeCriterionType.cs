using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class GradeCriterionType : ObjectGraphType<GradeCriterion>
{
    public GradeCriterionType()
    {
        Name = "GradeCriterion";
        Description = "One criterion of a level: a threshold (count, years, hours or a share in [0, 1]) and, where it has one, the look-back window in years.";
        Field<NonNullGraphType<CriterionKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<FloatGraphType>("threshold").Description("Null for yes/no criteria, and for TRAINING_HOURS taken from the training requirement.")
            .Resolve(ctx => ctx.Source.Threshold is { } t ? (double)t : null);
        Field<IntGraphType>("years").Description("The last N years counted (calendar years for training).").Resolve(ctx => ctx.Source.Years);
    }
}
