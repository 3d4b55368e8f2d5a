namespace Registry.Domain.Screening;

/// <summary>One level's cadence in a screening policy, with the sentence of the source it comes from.</summary>
public sealed class ScreeningRule
{
    public const int MaxQuoteLength = 1000;

    public ScreeningLevel Level { get; init; }
    public ScreeningCadence Cadence { get; init; }
    /// <summary>True when the level must also screen every day of a sensitive period (重要敏感时期每天开展一次排查).</summary>
    public bool DailyInSensitivePeriods { get; init; }
    public string? Quote { get; init; }
}
