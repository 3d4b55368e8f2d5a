using Registry.Domain.Disputes;

namespace Registry.Domain.Cases;

/// <summary>
/// What a source platform says about a case, with committee and mediators already resolved to registry ids.
/// <see cref="PartyIdNumbers"/> are the raw resident ID numbers: they are checked and hashed, never kept.
/// </summary>
public sealed record CaseDetails(
    long CommitteeId,
    DisputeCategory Category,
    CaseDifficulty Difficulty,
    long LeadMediatorId,
    IReadOnlyList<long> CoMediatorIds,
    DateOnly ReceivedOn,
    DateOnly? ClosedOn,
    CaseOutcome? Outcome,
    DateOnly? FollowUpOn,
    bool? AgreementFulfilled,
    bool TurnedCriminal,
    DateOnly EnteredOn,
    IReadOnlyList<string> PartyIdNumbers);
