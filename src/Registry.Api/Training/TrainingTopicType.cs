using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>The single topics of <see cref="TrainingTopic"/> (no NONE); a session's topics travel as a list of them.</summary>
public sealed class TrainingTopicType : EnumerationGraphType
{
    public TrainingTopicType()
    {
        Name = "TrainingTopic";
        Description = "What a session covers.";
        Add("POLITICS", TrainingTopic.Politics, "思想政治、社会形势.");
        Add("LAW_AND_POLICY", TrainingTopic.LawAndPolicy, "法律政策.");
        Add("PROFESSIONAL_KNOWLEDGE", TrainingTopic.ProfessionalKnowledge, "专业知识.");
        Add("MEDIATION_SKILLS", TrainingTopic.MediationSkills, "调解技能.");
        Add("DISCIPLINE_AND_ETHICS", TrainingTopic.DisciplineAndEthics, "纪律作风、职业道德.");
    }
}
