namespace Registry.Domain.Subsidies;

/// <summary>Where a subsidy claim stands: DRAFT → SUBMITTED → APPROVED → PAID, or REJECTED (which frees its cases).</summary>
public enum ClaimStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Paid,
}
