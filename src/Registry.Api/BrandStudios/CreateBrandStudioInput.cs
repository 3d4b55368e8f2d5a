using Registry.Domain.BrandStudios;
using Registry.Domain.Disputes;

namespace Registry.Api.BrandStudios;

/// <summary>The command of <see cref="CreateBrandStudio"/>.</summary>
public sealed class CreateBrandStudioInput
{
    public string? Name { get; set; }
    public BrandStudioKind Kind { get; set; }
    public string? HostCommitteeId { get; set; }
    public string? LeadMediatorId { get; set; }
    public NamingLevel NamingLevel { get; set; }
    public DateOnly NamedOn { get; set; }
    public List<DisputeCategory>? Specialities { get; set; }
    public List<string>? MemberIds { get; set; }
}
