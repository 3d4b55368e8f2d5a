namespace Registry.Domain.Screening;

/// <summary>风险等级 of a dispute or hidden risk found in a round.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    /// <summary>重大: to be reported to the party committee and government.</summary>
    Major,
}
