using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class GradeLevelType : ObjectGraphType<GradeLevel>
{
    public GradeLevelType()
    {
        Name = "GradeLevel";
        Description = "A level of a grade ladder; rank 1 is the entry level, each level above one more.";
        Field(l => l.Code);
        Field(l => l.Name).Description("As the ladder writes it, e.g. 四级 or 首席.");
        Field(l => l.Rank);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeCriterionType>>>>("criteria").Resolve(ctx => ctx.Source.Criteria);
    }
}
