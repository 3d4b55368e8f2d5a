using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningRuleInput
{
    public ScreeningLevel Level { get; set; }
    public ScreeningCadence Cadence { get; set; }
    public bool DailyInSensitivePeriods { get; set; }
    public string? Quote { get; set; }
}
