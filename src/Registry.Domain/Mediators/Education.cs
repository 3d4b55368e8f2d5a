namespace Registry.Domain.Mediators;

/// <summary>Highest education completed (学历).</summary>
public enum Education
{
    PrimarySchool,
    JuniorHighSchool,
    SeniorHighSchool,
    VocationalCollege,
    Bachelor,
    Master,
    Doctorate,
}
