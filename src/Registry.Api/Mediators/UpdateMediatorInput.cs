using Registry.Api.Schema.Inputs;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>The command of <see cref="UpdateMediator"/>: an omitted field keeps its value, an explicit null clears it.</summary>
public sealed class UpdateMediatorInput
{
    public string? MediatorId { get; set; }
    public int? Version { get; set; }
    public Optional<string?> Name { get; set; }
    public Optional<Gender?> Gender { get; set; }
    public Optional<DateOnly?> BirthDate { get; set; }
    public Optional<string?> IdNumber { get; set; }
    public Optional<string?> Phone { get; set; }
    public Optional<Education?> Education { get; set; }
    public Optional<PoliticalStatus?> PoliticalStatus { get; set; }
    public Optional<ProfessionalBackground?> Background { get; set; }
    public Optional<string?> Ethnicity { get; set; }

    /// <summary>The mediator's details with this input's fields applied over them.</summary>
    public MediatorDetails Over(Mediator m) => new(
        Name.Or(m.Name),
        Gender.Or(m.Gender) ?? default,
        BirthDate.Or(m.BirthDate) ?? default,
        IdNumber.Or(m.IdNumber),
        Phone.Or(m.Phone),
        Education.Or(m.Education),
        PoliticalStatus.Or(m.PoliticalStatus),
        Background.Or(m.Background) ?? default,
        Ethnicity.Or(m.Ethnicity));
}
