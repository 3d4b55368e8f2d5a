namespace Registry.Domain.Grading;

/// <summary>
/// One mediator's raw figures for one level's criteria on one day, as the database counts them (each in the window its
/// criterion gives, see <see cref="GradeCriterion.WindowStart"/>). The judgement is <see cref="GradeCriterion.Judge"/>'s alone.
/// </summary>
public sealed record GradingFigures(
    DateOnly? ServingSince,
    int CasesLed,
    int OralShareAgreements,
    int OralShareOralAgreements,
    int RateDecided,
    int RateAgreements,
    int TrainingMinutes,
    int CriminalCases,
    int UpheldComplaints,
    int? CurrentRank,
    DateOnly? RankHeldSince,
    bool HasValidCertificate)
{
    public static readonly GradingFigures None = new(null, 0, 0, 0, 0, 0, 0, 0, 0, null, null, false);
}
