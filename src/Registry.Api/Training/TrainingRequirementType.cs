using Registry.Api.Schema;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingRequirementType : ObjectGraphType<TrainingRequirement>
{
    public TrainingRequirementType()
    {
        Name = "TrainingRequirement";
        Description = "A region's training requirement for a period. Null figures are not stated here and are inherited from an enclosing region.";
        this.IsNode("TrainingRequirement");
        Field(r => r.RegionCode);
        Field(r => r.Title);
        Field(r => r.SourceDocument);
        Field(r => r.EffectiveFrom);
        Field(r => r.EffectiveTo, nullable: true).Description("Last day in force; null while open-ended.");
        Field<FloatGraphType>("minHoursPerYear").Resolve(ctx => Hours(ctx.Source.MinMinutesPerYear));
        Field(r => r.MinPracticalSessionsPerYear, nullable: true).Description("Practical sessions (实训) a year.");
        Field<FloatGraphType>("preServiceHours").Description("Hours before a first certificate (岗前培训).").Resolve(ctx => Hours(ctx.Source.PreServiceMinutes));
        Field(r => r.Quote, nullable: true).Description("The source's sentence, verbatim.");
    }

    private static decimal? Hours(int? minutes) => minutes is { } m ? TrainingHours.ToHours(m) : null;
}
