using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

/// <summary>The command of <see cref="AddExpert"/>.</summary>
public sealed class AddExpertInput
{
    public string? ExpertPoolId { get; set; }
    public string? Name { get; set; }
    public ExpertDiscipline Discipline { get; set; }
    public ExpertProfession Profession { get; set; }
    public string? Organisation { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
}
