using Registry.Domain.Disputes;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RiskItemInput
{
    public DisputeCategory Category { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public string? Summary { get; set; }
    public string? Parties { get; set; }
}
