using Registry.Domain.Cases;

namespace Registry.Domain.Subsidies;

/// <summary>
/// What <see cref="SubsidyRule"/> judges a closed case on: its own fields, and what the registry knew on its closing
/// date — whether an earlier case is the same dispute, whether the lead was certified, whether it was claimed already —
/// with the facts of each mediator (lead first).
/// </summary>
public sealed record SubsidyCaseFacts(
    long CaseId,
    CaseDifficulty Difficulty,
    CaseOutcome? Outcome,
    DateOnly ClosedOn,
    int EntryDelayDays,
    bool FollowedUp,
    bool DuplicateOfEarlier,
    bool LeadCertified,
    bool AlreadyClaimed,
    SubsidyMediatorFacts Lead,
    IReadOnlyList<SubsidyMediatorFacts> CoMediators);

/// <summary>A mediator of a case on its closing date: the grade's level name (null: ungraded) and their status.</summary>
public sealed record SubsidyMediatorFacts(long MediatorId, string? LevelName, bool CivilServant, bool FullTime);
