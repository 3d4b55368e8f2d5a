using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>The command of <see cref="RegisterMediator"/>, bound from <c>RegisterMediatorInput</c>.</summary>
public sealed class RegisterMediatorInput
{
    public string? Name { get; set; }
    public Gender Gender { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public Education? Education { get; set; }
    public PoliticalStatus? PoliticalStatus { get; set; }
    public ProfessionalBackground? Background { get; set; }
    public string? Ethnicity { get; set; }
    public string? RegisteringRegionCode { get; set; }

    public MediatorDetails ToDetails() => new(Name, Gender, BirthDate, IdNumber, Phone, Education, PoliticalStatus,
        Background ?? ProfessionalBackground.None, Ethnicity);
}
