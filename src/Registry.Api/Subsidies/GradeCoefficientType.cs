using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class GradeCoefficientType : ObjectGraphType<GradeCoefficient>
{
    public GradeCoefficientType()
    {
        Name = "GradeCoefficient";
        Field(c => c.LevelName);
        Field(c => c.Permille).Description("Thousandths: 1200 multiplies by 1.2.");
    }
}
