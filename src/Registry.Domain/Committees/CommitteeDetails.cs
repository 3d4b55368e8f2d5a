namespace Registry.Domain.Committees;

/// <summary>What a bureau states about a committee when it creates or edits it.</summary>
public sealed record CommitteeDetails(
    string? Name,
    CommitteeKind Kind,
    string? RegionCode,
    DateOnly EstablishedOn,
    Sector? Sector = null,
    HostInstitution? HostInstitution = null,
    bool HasFullTimeConditions = false,
    bool HasPartyOrganisation = false,
    Uniformity Uniformities = Uniformity.None,
    Implementation Implementations = Implementation.None,
    string? Address = null);
