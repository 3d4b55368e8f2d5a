using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingLackType : ObjectGraphType<TrainingLack>
{
    public TrainingLackType()
    {
        Name = "TrainingLack";
        Description = "One thing still missing for the year. Hours in hours; practical sessions as a count.";
        Field(l => l.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<TrainingLackKind>>));
        Field<NonNullGraphType<FloatGraphType>>("required").Resolve(ctx => Value(ctx.Source, ctx.Source.Required));
        Field<NonNullGraphType<FloatGraphType>>("actual").Resolve(ctx => Value(ctx.Source, ctx.Source.Actual));
        Field<NonNullGraphType<FloatGraphType>>("missing").Resolve(ctx => Value(ctx.Source, ctx.Source.Missing));
        Field(l => l.Message).Description("For people, e.g. \"1 more practical training session (实训) (took 0 of the required 1).\"");
    }

    private static decimal Value(TrainingLack lack, int value) => lack.Kind == TrainingLackKind.Hours ? TrainingHours.ToHours(value) : value;
}
