namespace Registry.Domain.Screening;

/// <summary>Where a risk item stands on its way to closure (建账销号).</summary>
public enum RiskStatus
{
    /// <summary>Found, not yet taken up.</summary>
    Open,
    /// <summary>Being mediated.</summary>
    Mediating,
    /// <summary>Resolved: the item is closed (销号).</summary>
    Resolved,
    /// <summary>Handed to another authority (police, petition bureau, court…): closed for the committee.</summary>
    Referred,
    /// <summary>Reported to the party committee and government (seeds 001, 003, 004); still open.</summary>
    Escalated,
}
