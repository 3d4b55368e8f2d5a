namespace Registry.Domain.Training;

/// <summary>What a session covers (seed 003: 社会形势、法律政策、专业知识和调解技能; 思想政治和纪律作风教育).</summary>
[Flags]
public enum TrainingTopic
{
    None = 0,
    /// <summary>思想政治 / 社会形势.</summary>
    Politics = 1,
    /// <summary>法律政策.</summary>
    LawAndPolicy = 2,
    /// <summary>专业知识.</summary>
    ProfessionalKnowledge = 4,
    /// <summary>调解技能.</summary>
    MediationSkills = 8,
    /// <summary>纪律作风 / 职业道德.</summary>
    DisciplineAndEthics = 16,
}
