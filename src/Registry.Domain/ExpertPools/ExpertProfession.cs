namespace Registry.Domain.ExpertPools;

public enum ExpertProfession
{
    Lawyer,
    Arbitrator,
    Notary,
    ForensicAppraiser,
    GrassrootsLegalWorker,
    Doctor,
    Psychologist,
    Economist,
    SocialWorker,
    Scholar,
    RetiredJudge,
    IndustrySpecialist,
    Other,
}
