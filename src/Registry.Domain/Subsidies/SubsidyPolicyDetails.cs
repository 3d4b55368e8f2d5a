using Registry.Domain.Cases;

namespace Registry.Domain.Subsidies;

/// <summary>What a subsidy policy states (see <see cref="SubsidyPolicy"/> for each figure's meaning).</summary>
public sealed record SubsidyPolicyDetails(
    string? RegionCode,
    string? Title,
    string? SourceDocument,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<SubsidyRate>? Rates,
    IReadOnlyList<GradeCoefficient>? GradeCoefficients = null,
    int DefaultCoefficientPermille = 1000,
    int LeadSharePercent = 100,
    long? MonthlyCapFen = null,
    int MaxEntryDelayDays = CaseRecordingPolicy.DefaultMaxEntryDelayDays,
    CaseDifficulty? FollowUpRequiredFrom = CaseDifficulty.Complex,
    int DuplicateWindowDays = SubsidyPolicy.DefaultDuplicateWindowDays,
    int CivilServantPercent = 0,
    int FullTimePercent = 100);
