namespace Registry.Domain.Screening;

/// <summary>
/// What a person on the informant roster does (seeds 000, 002, 003): information officers (信息员) who report what they
/// see, and volunteers (志愿者) who help screen and mediate.
/// </summary>
public enum InformantRole
{
    /// <summary>村(居)民小组长 — information officer.</summary>
    VillageGroupLeader,
    /// <summary>楼栋长 — information officer.</summary>
    BuildingLeader,
    /// <summary>网格员 — information officer.</summary>
    GridWorker,
    /// <summary>企业信息员 — information officer in an enterprise.</summary>
    EnterpriseOfficer,
    /// <summary>两代表一委员 (party-congress and people's-congress deputies, CPPCC members) — volunteer.</summary>
    DeputyOrCommitteeMember,
    /// <summary>五老人员 (retired cadres, veterans, teachers, model workers, elders) — volunteer.</summary>
    FiveElders,
    /// <summary>专家学者 — volunteer.</summary>
    Expert,
    /// <summary>高校学生 — volunteer.</summary>
    Student,
    /// <summary>法律工作者 (lawyers, grassroots legal workers) — volunteer.</summary>
    LegalWorker,
}

public static class InformantRoles
{
    /// <summary>Information officers, the roles that count towards a village's coverage; the others are volunteers.</summary>
    public static readonly IReadOnlyList<InformantRole> InformationOfficers =
        [InformantRole.VillageGroupLeader, InformantRole.BuildingLeader, InformantRole.GridWorker, InformantRole.EnterpriseOfficer];

    public static bool IsInformationOfficer(InformantRole role) => InformationOfficers.Contains(role);
}
