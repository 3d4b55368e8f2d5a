using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>The command of <see cref="UpdateRiskItem"/>.</summary>
public sealed class UpdateRiskItemInput
{
    public string? RiskItemId { get; set; }
    public RiskStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public string? CaseId { get; set; }
}
