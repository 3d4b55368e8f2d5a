namespace Registry.Domain.Complaints;

/// <summary>How a complaint was resolved.</summary>
public enum ComplaintOutcome
{
    /// <summary>成立: counts against grade eligibility and may ground a suspension.</summary>
    Upheld,
    /// <summary>不成立.</summary>
    Dismissed,
}
