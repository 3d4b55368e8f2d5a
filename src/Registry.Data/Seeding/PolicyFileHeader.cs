namespace Registry.Data.Seeding;

/// <summary>What every policy file in <c>seed/</c> states first: where, from when to when, and from which document.</summary>
internal abstract record PolicyFileHeader
{
    public string? RegionCode { get; init; }
    public string? Title { get; init; }
    public PolicyFileSource? Source { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    /// <summary>Why a date or reading was chosen; for people, not loaded.</summary>
    public IReadOnlyList<string>? Notes { get; init; }
}
