using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>The command of <see cref="CreateCommittee"/>, bound from <c>CreateCommitteeInput</c>.</summary>
public sealed class CreateCommitteeInput
{
    public string? Name { get; set; }
    public CommitteeKind Kind { get; set; }
    public string? RegionCode { get; set; }
    public DateOnly EstablishedOn { get; set; }
    public Sector? Sector { get; set; }
    public HostInstitution? HostInstitution { get; set; }
    public bool HasFullTimeConditions { get; set; }
    public bool HasPartyOrganisation { get; set; }
    public List<Uniformity>? Uniformities { get; set; }
    public List<Implementation>? Implementations { get; set; }
    public string? Address { get; set; }

    public CommitteeDetails ToDetails() => new(Name, Kind, RegionCode?.Trim(), EstablishedOn, Sector, HostInstitution,
        HasFullTimeConditions, HasPartyOrganisation, Flags.Combine(Uniformities), Flags.Combine(Implementations), Address);
}
