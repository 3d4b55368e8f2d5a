using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Disputes;

namespace Registry.Domain.BrandStudios;

/// <summary>
/// A named brand studio (个人品牌调解工作室 / 特色调解室), hosted by a committee — a mediation centre when it is
/// stationed in one. Seeds 000, 002, 003.
/// </summary>
public class BrandStudio : Entity, Domain.Regions.IRegional
{
    private BrandStudio() { }

    public string Name { get; private set; } = "";
    public BrandStudioKind Kind { get; private set; }
    public long HostCommitteeId { get; private set; }
    /// <summary>Denormalised from the host committee so that region filters need no join.</summary>
    public string RegionCode { get; private set; } = "";
    /// <summary>The mediator a personal studio is named after.</summary>
    public long? LeadMediatorId { get; private set; }
    public NamingLevel NamingLevel { get; private set; }
    public DateOnly NamedOn { get; private set; }
    public List<DisputeCategory> Specialities { get; private set; } = [];
    public List<BrandStudioMember> Members { get; private set; } = [];

    public static BrandStudio Create(string? name, BrandStudioKind kind, Committee host, long? leadMediatorId,
        NamingLevel namingLevel, DateOnly namedOn, IEnumerable<DisputeCategory> specialities, IEnumerable<long> memberIds)
    {
        var guard = new Guard();
        var trimmed = guard.Text("name", name, 100);
        if (kind == BrandStudioKind.Personal && leadMediatorId is null)
            guard.Add("leadMediatorId", ErrorCodes.Required, "A PERSONAL studio is named after a mediator: give leadMediatorId.");
        if (!host.IsActiveOn(namedOn))
            guard.Add("namedOn", ErrorCodes.OutOfRange, "namedOn must fall while the host committee exists.");
        guard.ThrowIfAny();

        var members = memberIds.Append(leadMediatorId ?? 0).Where(id => id != 0).Distinct();
        return new BrandStudio
        {
            Name = trimmed,
            Kind = kind,
            HostCommitteeId = host.Id,
            RegionCode = host.RegionCode,
            LeadMediatorId = leadMediatorId,
            NamingLevel = namingLevel,
            NamedOn = namedOn,
            Specialities = specialities.Distinct().ToList(),
            Members = members.Select(id => new BrandStudioMember { MediatorId = id }).ToList(),
        };
    }
}
