using Registry.Api.Schema;
using Registry.Api.Regions;
using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class GradeAssessmentType : ObjectGraphType<GradeAssessment>
{
    public GradeAssessmentType()
    {
        Name = "GradeAssessment";
        Description = "A bureau's assessment of a mediator into a grade (等级评定); the history is never rewritten.";
        this.IsNode("GradeAssessment");
        Field<NonNullGraphType<StringGraphType>>("level").Description("The level's name as the ladder then in force wrote it.")
            .Resolve(ctx => ctx.Source.LevelName);
        Field(a => a.LevelCode);
        Field(a => a.Rank);
        Field(a => a.AssessedOn);
        Field<NonNullGraphType<RegionType>>("assessingRegion").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(a => a.Basis);
    }
}
