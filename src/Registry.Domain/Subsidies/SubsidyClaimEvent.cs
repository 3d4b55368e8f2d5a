namespace Registry.Domain.Subsidies;

/// <summary>One step of a claim's history: the status it left, who took it (the token's subject) and when, and why.</summary>
public sealed class SubsidyClaimEvent
{
    public const int MaxNoteLength = 500;

    public int Sequence { get; init; }
    public ClaimStatus StatusAfter { get; init; }
    public string By { get; init; } = "";
    public string ByRole { get; init; } = "";
    public DateTime At { get; init; }
    public string? Note { get; init; }
}
