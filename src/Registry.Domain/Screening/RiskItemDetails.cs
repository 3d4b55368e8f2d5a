using Registry.Domain.Disputes;

namespace Registry.Domain.Screening;

/// <summary>What a round found: a dispute or hidden risk (矛盾纠纷、风险隐患) to put in the ledger.</summary>
public sealed record RiskItemDetails(DisputeCategory Category, RiskLevel Level, string? Summary, string? Parties = null);
