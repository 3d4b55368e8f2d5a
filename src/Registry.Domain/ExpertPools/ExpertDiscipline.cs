namespace Registry.Domain.ExpertPools;

/// <summary>The field an expert advises in.</summary>
public enum ExpertDiscipline
{
    Law,
    Medicine,
    Psychology,
    Economics,
    SocialWork,
    Industry,
}
