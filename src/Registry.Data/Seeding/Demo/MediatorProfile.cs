using Bogus;

namespace Registry.Data.Seeding.Demo;

/// <summary>Who tends to serve on each kind of committee: age, education, profession, party membership.</summary>
internal static class MediatorProfile
{
    public static DateOnly BirthDate(Randomizer random, CommitteeKind kind) => kind switch
    {
        CommitteeKind.Village or CommitteeKind.Community => random.Between(new DateOnly(1956, 1, 1), new DateOnly(1992, 12, 31)),
        _ => random.Between(new DateOnly(1958, 1, 1), new DateOnly(1997, 12, 31)),
    };

    public static Education EducationFor(Randomizer random, CommitteeKind kind) => kind switch
    {
        CommitteeKind.Village => random.Weighted((Education.PrimarySchool, 0.08), (Education.JuniorHighSchool, 0.37),
            (Education.SeniorHighSchool, 0.35), (Education.VocationalCollege, 0.15), (Education.Bachelor, 0.05)),
        CommitteeKind.Community or CommitteeKind.Enterprise or CommitteeKind.ChamberOfCommerce => random.Weighted(
            (Education.SeniorHighSchool, 0.3), (Education.VocationalCollege, 0.35), (Education.Bachelor, 0.35)),
        CommitteeKind.Township or CommitteeKind.Subdistrict or CommitteeKind.Regional => random.Weighted(
            (Education.SeniorHighSchool, 0.2), (Education.VocationalCollege, 0.35), (Education.Bachelor, 0.45)),
        _ => random.Weighted((Education.VocationalCollege, 0.15), (Education.Bachelor, 0.65),
            (Education.Master, 0.18), (Education.Doctorate, 0.02)),
    };

    public static PoliticalStatus PoliticalStatusFor(Randomizer random, DateOnly birthDate) => random.Weighted(
        (PoliticalStatus.PartyMember, 0.55), (PoliticalStatus.ProbationaryPartyMember, 0.02),
        (PoliticalStatus.LeagueMember, birthDate.Year >= 1990 ? 0.1 : 0.0),
        (PoliticalStatus.DemocraticParty, 0.02), (PoliticalStatus.Masses, 0.31));

    public static ProfessionalBackground BackgroundFor(Randomizer random, Committee committee) => committee.Kind switch
    {
        CommitteeKind.Village => random.Weighted((ProfessionalBackground.VillageCadre, 0.45), (ProfessionalBackground.GridWorker, 0.15),
            (ProfessionalBackground.None, 0.25), (ProfessionalBackground.Teacher, 0.05), (ProfessionalBackground.RetiredCivilServant, 0.05),
            (ProfessionalBackground.Other, 0.05)),
        CommitteeKind.Community => random.Weighted((ProfessionalBackground.GridWorker, 0.35), (ProfessionalBackground.SocialWorker, 0.15),
            (ProfessionalBackground.None, 0.25), (ProfessionalBackground.RetiredCivilServant, 0.1), (ProfessionalBackground.Teacher, 0.05),
            (ProfessionalBackground.RetiredPoliceOfficer, 0.05), (ProfessionalBackground.Other, 0.05)),
        CommitteeKind.Township or CommitteeKind.Subdistrict => random.Weighted((ProfessionalBackground.GrassrootsLegalWorker, 0.3),
            (ProfessionalBackground.RetiredCivilServant, 0.2), (ProfessionalBackground.VillageCadre, 0.15), (ProfessionalBackground.None, 0.15),
            (ProfessionalBackground.RetiredPoliceOfficer, 0.1), (ProfessionalBackground.Lawyer, 0.05), (ProfessionalBackground.Other, 0.05)),
        CommitteeKind.IndustryProfessional => IndustryBackground(random, committee.Sector),
        CommitteeKind.DispatchedOffice => committee.HostInstitution switch
        {
            HostInstitution.Court => random.Weighted((ProfessionalBackground.RetiredJudge, 0.4), (ProfessionalBackground.Lawyer, 0.35),
                (ProfessionalBackground.GrassrootsLegalWorker, 0.25)),
            HostInstitution.Procuratorate => random.Weighted((ProfessionalBackground.RetiredProsecutor, 0.5), (ProfessionalBackground.Lawyer, 0.5)),
            HostInstitution.PoliceStation => random.Weighted((ProfessionalBackground.RetiredPoliceOfficer, 0.5),
                (ProfessionalBackground.GrassrootsLegalWorker, 0.3), (ProfessionalBackground.GridWorker, 0.2)),
            _ => random.Weighted((ProfessionalBackground.RetiredCivilServant, 0.4), (ProfessionalBackground.Lawyer, 0.3),
                (ProfessionalBackground.Psychologist, 0.1), (ProfessionalBackground.SocialWorker, 0.2)),
        },
        CommitteeKind.MediationCenter => random.Weighted((ProfessionalBackground.Lawyer, 0.25), (ProfessionalBackground.RetiredJudge, 0.15),
            (ProfessionalBackground.RetiredProsecutor, 0.1), (ProfessionalBackground.Arbitrator, 0.1), (ProfessionalBackground.Notary, 0.05),
            (ProfessionalBackground.Psychologist, 0.1), (ProfessionalBackground.SocialWorker, 0.1), (ProfessionalBackground.GrassrootsLegalWorker, 0.15)),
        _ => random.Weighted((ProfessionalBackground.None, 0.4), (ProfessionalBackground.Lawyer, 0.15), (ProfessionalBackground.RetiredCivilServant, 0.2),
            (ProfessionalBackground.Other, 0.25)),
    };

    private static ProfessionalBackground IndustryBackground(Randomizer random, Sector? sector) => sector switch
    {
        Sector.Medical => random.Weighted((ProfessionalBackground.Doctor, 0.45), (ProfessionalBackground.Lawyer, 0.35),
            (ProfessionalBackground.RetiredJudge, 0.2)),
        Sector.RoadTraffic => random.Weighted((ProfessionalBackground.RetiredPoliceOfficer, 0.45), (ProfessionalBackground.Lawyer, 0.35),
            (ProfessionalBackground.GrassrootsLegalWorker, 0.2)),
        Sector.Labour => random.Weighted((ProfessionalBackground.Arbitrator, 0.3), (ProfessionalBackground.Lawyer, 0.4),
            (ProfessionalBackground.RetiredCivilServant, 0.3)),
        Sector.Campus => random.Weighted((ProfessionalBackground.Teacher, 0.5), (ProfessionalBackground.Psychologist, 0.25),
            (ProfessionalBackground.Lawyer, 0.25)),
        Sector.MarriageAndFamily => random.Weighted((ProfessionalBackground.Psychologist, 0.3), (ProfessionalBackground.SocialWorker, 0.4),
            (ProfessionalBackground.Lawyer, 0.3)),
        _ => random.Weighted((ProfessionalBackground.Lawyer, 0.4), (ProfessionalBackground.Other, 0.35),
            (ProfessionalBackground.RetiredCivilServant, 0.25)),
    };
}
