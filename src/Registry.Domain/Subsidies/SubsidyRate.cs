using Registry.Domain.Cases;

namespace Registry.Domain.Subsidies;

/// <summary>What a subsidy policy pays for one case of a difficulty closed with an agreement of a kind, in fen.</summary>
public sealed class SubsidyRate
{
    public CaseDifficulty Difficulty { get; init; }
    public AgreementKind Agreement { get; init; }
    public long AmountFen { get; init; }
}
