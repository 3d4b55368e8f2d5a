using Registry.Api.Schema;
using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class GradeLadderType : ObjectGraphType<GradeLadder>
{
    public GradeLadderType()
    {
        Name = "GradeLadder";
        Description = "A jurisdiction's grade ladder (人民调解员等级) for an effective period; the most specific in force governs, taken whole. " +
                      "regionCode CN is the national default.";
        this.IsNode("GradeLadder");
        Field(l => l.RegionCode);
        Field(l => l.Title);
        Field(l => l.SourceDocument);
        Field(l => l.EffectiveFrom);
        Field(l => l.EffectiveTo, nullable: true).Description("Last day in force; null while open-ended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeLevelType>>>>("levels").Description("Lowest rank first.")
            .Resolve(ctx => ctx.Source.Levels);
    }
}
