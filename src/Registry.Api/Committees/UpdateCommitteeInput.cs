using Registry.Api.Schema.Inputs;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>The command of <see cref="UpdateCommittee"/>: an omitted field keeps its value, an explicit null clears it.</summary>
public sealed class UpdateCommitteeInput
{
    public string? CommitteeId { get; set; }
    public int? Version { get; set; }
    public Optional<string?> Name { get; set; }
    public Optional<CommitteeKind?> Kind { get; set; }
    public Optional<string?> RegionCode { get; set; }
    public Optional<DateOnly?> EstablishedOn { get; set; }
    public Optional<Sector?> Sector { get; set; }
    public Optional<HostInstitution?> HostInstitution { get; set; }
    public Optional<bool?> HasFullTimeConditions { get; set; }
    public Optional<bool?> HasPartyOrganisation { get; set; }
    public Optional<List<Uniformity>?> Uniformities { get; set; }
    public Optional<List<Implementation>?> Implementations { get; set; }
    public Optional<string?> Address { get; set; }

    /// <summary>The committee's details with this input's fields applied over them.</summary>
    public CommitteeDetails Over(Committee c) => new(
        Name.Or(c.Name),
        Kind.Or(c.Kind) ?? default,
        RegionCode.Or(c.RegionCode)?.Trim(),
        EstablishedOn.Or(c.EstablishedOn) ?? default,
        Sector.Or(c.Sector),
        HostInstitution.Or(c.HostInstitution),
        HasFullTimeConditions.Or(c.HasFullTimeConditions) ?? false,
        HasPartyOrganisation.Or(c.HasPartyOrganisation) ?? false,
        Uniformities.IsSet ? Flags.Combine(Uniformities.Value) : c.Uniformities,
        Implementations.IsSet ? Flags.Combine(Implementations.Value) : c.Implementations,
        Address.Or(c.Address));
}
