using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class GoverningRequirementType : ObjectGraphType<GoverningRequirement>
{
    public GoverningRequirementType()
    {
        Name = "GoverningTrainingRequirement";
        Description = "The minimums in force, each from the most specific requirement stating it (0 with a null source when none does).";
        Field<NonNullGraphType<FloatGraphType>>("minHoursPerYear").Resolve(ctx => TrainingHours.ToHours(ctx.Source.MinMinutesPerYear));
        Field<TrainingRequirementType>("hoursSource").Resolve(ctx => ctx.Source.HoursSource);
        Field(g => g.MinPracticalSessionsPerYear);
        Field<TrainingRequirementType>("practicalSource").Resolve(ctx => ctx.Source.PracticalSource);
        Field<NonNullGraphType<FloatGraphType>>("preServiceHours").Resolve(ctx => TrainingHours.ToHours(ctx.Source.PreServiceMinutes));
        Field<TrainingRequirementType>("preServiceSource").Resolve(ctx => ctx.Source.PreServiceSource);
    }
}
