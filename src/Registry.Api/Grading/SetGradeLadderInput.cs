using Registry.Domain.Grading;

namespace Registry.Api.Grading;

/// <summary>The command of <see cref="SetGradeLadder"/>.</summary>
public sealed class SetGradeLadderInput
{
    public string? RegionCode { get; set; }
    public string? Title { get; set; }
    public string? SourceDocument { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public List<GradeLevelInput>? Levels { get; set; }

    public GradeLadderDetails ToDetails() => new(RegionCode?.Trim(), Title, SourceDocument, EffectiveFrom, EffectiveTo,
        Levels?.Select(l => l.ToDetails()).ToList());
}

public sealed class GradeLevelInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public int Rank { get; set; }
    public int? MinYearsOfService { get; set; }
    public int? MinCasesLed { get; set; }
    public int? CasesLedYears { get; set; }
    public double? MaxOralAgreementShare { get; set; }
    public int? OralShareYears { get; set; }
    public double? MinAgreementRate { get; set; }
    public int? AgreementRateYears { get; set; }
    public double? MinTrainingHours { get; set; }
    public int? TrainingYears { get; set; }
    public int? NoCriminalCaseYears { get; set; }
    public int? NoUpheldComplaintYears { get; set; }
    public int? MinYearsAtLevelBelow { get; set; }
    public bool? RequiresValidCertificate { get; set; }

    public GradeLevelDetails ToDetails() => new(Code, Name, Rank, MinYearsOfService, MinCasesLed, CasesLedYears,
        (decimal?)MaxOralAgreementShare, OralShareYears, (decimal?)MinAgreementRate, AgreementRateYears, (decimal?)MinTrainingHours,
        TrainingYears, NoCriminalCaseYears, NoUpheldComplaintYears, MinYearsAtLevelBelow, RequiresValidCertificate ?? false);
}
