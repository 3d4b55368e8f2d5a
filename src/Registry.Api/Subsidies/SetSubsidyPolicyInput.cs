using Registry.Domain.Cases;
using Registry.Api.Schema.Inputs;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>The command of <see cref="SetSubsidyPolicy"/>; omitted figures take the defaults the schema states.</summary>
public sealed class SetSubsidyPolicyInput
{
    public string? RegionCode { get; set; }
    public string? Title { get; set; }
    public string? SourceDocument { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public List<SubsidyRateInput>? Rates { get; set; }
    public List<GradeCoefficientInput>? GradeCoefficients { get; set; }
    public int? DefaultCoefficientPermille { get; set; }
    public int? LeadSharePercent { get; set; }
    public long? MonthlyCapFen { get; set; }
    public int? MaxEntryDelayDays { get; set; }
    public Optional<CaseDifficulty?> FollowUpRequiredFrom { get; set; }
    public int? DuplicateWindowDays { get; set; }
    public int? CivilServantPercent { get; set; }
    public int? FullTimePercent { get; set; }

    public SubsidyPolicyDetails ToDetails() => new(RegionCode?.Trim(), Title, SourceDocument, EffectiveFrom, EffectiveTo,
        Rates?.Select(r => new SubsidyRate { Difficulty = r.Difficulty, Agreement = r.Agreement, AmountFen = r.AmountFen }).ToList(),
        GradeCoefficients?.Select(c => new GradeCoefficient { LevelName = c.LevelName?.Trim() ?? "", Permille = c.Permille }).ToList(),
        DefaultCoefficientPermille ?? 1000,
        LeadSharePercent ?? 100,
        MonthlyCapFen,
        MaxEntryDelayDays ?? CaseRecordingPolicy.DefaultMaxEntryDelayDays,
        FollowUpRequiredFrom.IsSet ? FollowUpRequiredFrom.Value : CaseDifficulty.Complex,
        DuplicateWindowDays ?? SubsidyPolicy.DefaultDuplicateWindowDays,
        CivilServantPercent ?? 0,
        FullTimePercent ?? 100);
}
