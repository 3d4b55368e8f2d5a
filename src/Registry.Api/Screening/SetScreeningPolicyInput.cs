using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>The command of <see cref="SetScreeningPolicy"/>.</summary>
public sealed class SetScreeningPolicyInput
{
    public string? RegionCode { get; set; }
    public string? Title { get; set; }
    public string? SourceDocument { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public List<ScreeningRuleInput>? Rules { get; set; }
    public int? SeriousRiskLimitDays { get; set; }

    public ScreeningPolicyDetails ToDetails() => new(RegionCode?.Trim(), Title, SourceDocument, EffectiveFrom, EffectiveTo,
        Rules?.Select(r => new ScreeningRule { Level = r.Level, Cadence = r.Cadence, DailyInSensitivePeriods = r.DailyInSensitivePeriods, Quote = r.Quote }).ToList(),
        SeriousRiskLimitDays);
}
