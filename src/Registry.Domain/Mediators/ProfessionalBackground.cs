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
    Doctor,
    Teacher,
    Psychologist,
    SocialWorker,
    GridWorker,
    VillageCadre,
    Other,
}
