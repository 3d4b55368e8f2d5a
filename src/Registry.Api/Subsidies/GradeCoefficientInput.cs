namespace Registry.Api.Subsidies;

public sealed class GradeCoefficientInput
{
    public string? LevelName { get; set; }
    public int Permille { get; set; }
}
