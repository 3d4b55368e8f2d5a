namespace Registry.Domain.Mediators;

/// <summary>The profession a mediator brings (专业背景), which the seeds encourage recruiting from.</summary>
public enum ProfessionalBackground
{
    None,
    Lawyer,
    Notary,
    Arbitrator,
    GrassrootsLegalWorker,
    RetiredJudge,
    RetiredProsecutor,
    RetiredPoliceOfficer,
    RetiredCivilServant,
    /// <summary>A serving civil servant (在职公务员, e.g. 司法所 staff); subsidy policies do not pay them per case.</summary>
    CivilServant,
    Doctor,
    Teacher,
    Psychologist,
    SocialWorker,
    GridWorker,
    VillageCadre,
    Other,
}
