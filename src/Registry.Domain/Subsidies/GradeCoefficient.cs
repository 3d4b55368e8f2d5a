namespace Registry.Domain.Subsidies;

/// <summary>
/// The factor a mediator's grade multiplies their share by, in thousandths (1200 = ×1.2), keyed by the level's name as
/// the grade ladder writes it (一级, 首席 …).
/// </summary>
public sealed class GradeCoefficient
{
    public const int MaxLevelNameLength = 20;

    public string LevelName { get; init; } = "";
    public int Permille { get; init; }
}
