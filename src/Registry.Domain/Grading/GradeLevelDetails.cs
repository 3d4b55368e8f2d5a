namespace Registry.Domain.Grading;

/// <summary>A level as a bureau states it in <c>setGradeLadder</c> or a seed file; checked by <see cref="GradeLadder"/>.</summary>
public sealed record GradeLevelDetails(
    string? Code,
    string? Name,
    int Rank,
    int? MinYearsOfService = null,
    int? MinCasesLed = null,
    int? CasesLedYears = null,
    decimal? MaxOralAgreementShare = null,
    int? OralShareYears = null,
    decimal? MinAgreementRate = null,
    int? AgreementRateYears = null,
    decimal? MinTrainingHours = null,
    int? TrainingYears = null,
    int? NoCriminalCaseYears = null,
    int? NoUpheldComplaintYears = null,
    int? MinYearsAtLevelBelow = null,
    bool RequiresValidCertificate = false);
