using Registry.Api.Mediators;
using Registry.Api.Schema.Loading;
using Registry.Data.Reports.Grading;
using Registry.Domain.Mediators;

namespace Registry.Api.Grading;

public sealed class GradeEligibilityType : ObjectGraphType<EligibilityRow>
{
    public GradeEligibilityType()
    {
        Name = "GradeEligibility";
        Description = "One mediator judged against one level's criteria on a day.";
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field<StringGraphType>("currentLevel").Description("The grade held that day; null when ungraded.").Resolve(ctx => ctx.Source.CurrentLevel);
        Field<NonNullGraphType<BooleanGraphType>>("eligible").Description("Every criterion met.").Resolve(ctx => ctx.Source.Eligible);
        Field<NonNullGraphType<BooleanGraphType>>("holdsLevel").Description("Already holds the level or a higher one.").Resolve(ctx => ctx.Source.HoldsLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionResultType>>>>("criteria").Resolve(ctx => ctx.Source.Criteria);
    }
}
