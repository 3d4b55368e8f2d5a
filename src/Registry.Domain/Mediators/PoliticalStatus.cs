namespace Registry.Domain.Mediators;

/// <summary>政治面貌.</summary>
public enum PoliticalStatus
{
    /// <summary>中共党员.</summary>
    PartyMember,
    /// <summary>中共预备党员.</summary>
    ProbationaryPartyMember,
    /// <summary>共青团员.</summary>
    LeagueMember,
    /// <summary>民主党派.</summary>
    DemocraticParty,
    /// <summary>群众.</summary>
    Masses,
}
