using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>The command of <see cref="RegisterInformant"/>.</summary>
public sealed class RegisterInformantInput
{
    public string? CommitteeId { get; set; }
    public string? Name { get; set; }
    public InformantRole Role { get; set; }
    public DateOnly TermFrom { get; set; }
    public DateOnly? TermTo { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }

    public InformantDetails ToDetails() => new(Name, Role, TermFrom, TermTo, IdNumber, Phone);
}
