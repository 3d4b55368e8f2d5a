namespace Registry.Domain.Cases;

/// <summary>
/// The integer tallies of the cases closed in a period, which the database aggregates (GROUP BY, integers only),
/// and the ratios grading needs, which are defined here and nowhere else.
/// <list type="bullet">
/// <item><see cref="AgreementRate"/> (调解成功率) = agreements (written + oral) ÷ cases decided, where decided excludes
/// WITHDRAWN and REFERRED: a withdrawn or referred case was not mediated to an end, so it neither helps nor hurts.</item>
/// <item><see cref="OralAgreementShare"/> = oral agreements ÷ agreements (Guangdong's entry grade: ≤ 30%).</item>
/// <item><see cref="AverageDaysToClose"/> = sum of (closed − received) days ÷ closed cases.</item>
/// </list>
/// A ratio whose denominator is zero is null, not 0: "no data" is not "0%".
/// </summary>
public sealed record CaseCounts(
    int Closed,
    int WrittenAgreements,
    int OralAgreements,
    int Failed,
    int Referred,
    int Withdrawn,
    int TurnedCriminal,
    int EnteredLate,
    int FollowedUp,
    long TotalDaysToClose)
{
    public static readonly CaseCounts None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int Agreements => WrittenAgreements + OralAgreements;

    /// <summary>Closed cases that were mediated to an end: all but WITHDRAWN and REFERRED.</summary>
    public int Decided => Closed - Withdrawn - Referred;

    public double? AgreementRate => Decided == 0 ? null : (double)Agreements / Decided;

    public double? OralAgreementShare => Agreements == 0 ? null : (double)OralAgreements / Agreements;

    public double? AverageDaysToClose => Closed == 0 ? null : (double)TotalDaysToClose / Closed;

    public static CaseCounts operator +(CaseCounts a, CaseCounts b) => new(
        a.Closed + b.Closed, a.WrittenAgreements + b.WrittenAgreements, a.OralAgreements + b.OralAgreements,
        a.Failed + b.Failed, a.Referred + b.Referred, a.Withdrawn + b.Withdrawn, a.TurnedCriminal + b.TurnedCriminal,
        a.EnteredLate + b.EnteredLate, a.FollowedUp + b.FollowedUp, a.TotalDaysToClose + b.TotalDaysToClose);
}
