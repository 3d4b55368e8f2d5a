using Registry.Api.Schema.Inputs;

namespace Registry.Api.Subsidies;

public sealed class GradeCoefficientInputType : TypedInputType<GradeCoefficientInput>
{
    public GradeCoefficientInputType()
    {
        Name = "GradeCoefficientInput";
        Field(i => i.LevelName, type: typeof(NonNullGraphType<StringGraphType>)).Description("The level's name as the grade ladder writes it (一级, 首席).");
        Field(i => i.Permille, type: typeof(NonNullGraphType<IntGraphType>)).Description("Thousandths: 1200 multiplies by 1.2; 0 to 10,000.");
    }
}
