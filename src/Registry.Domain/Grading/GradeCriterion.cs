using Registry.Domain.Cases;

namespace Registry.Domain.Grading;

/// <summary>
/// One criterion of a grade level, and the one definition of how it is judged. <see cref="Threshold"/> is a count,
/// a number of years or hours, or a share in [0, 1], depending on <see cref="Kind"/>; <see cref="Years"/> is the
/// look-back window where the kind has one. The database only counts what <see cref="WindowStart"/> and
/// <see cref="TrainingFromYear"/> delimit; shares and comparisons are made here.
/// </summary>
public sealed record GradeCriterion(CriterionKind Kind, decimal? Threshold, int? Years)
{
    /// <summary>The first day of a "last N years" window ending on <paramref name="asOf"/> (asOf − N years + 1 day).</summary>
    public DateOnly WindowStart(DateOnly asOf) => asOf.AddYears(-(Years ?? 0)).AddDays(1);

    /// <summary>Training is credited per calendar year: the last N years are asOf's year and the N − 1 before it.</summary>
    public int TrainingFromYear(DateOnly asOf) => asOf.Year - (Years ?? 1) + 1;

    /// <summary>Whether the criterion has a look-back window at all.</summary>
    public static bool HasWindow(CriterionKind kind) => kind is CriterionKind.CasesLed or CriterionKind.OralAgreementShare
        or CriterionKind.AgreementRate or CriterionKind.TrainingHours or CriterionKind.NoCriminalCase or CriterionKind.NoUpheldComplaint;

    /// <summary>Whether the criterion is judged against a threshold (the others are yes/no).</summary>
    public static bool HasThreshold(CriterionKind kind) => kind is not (CriterionKind.NoCriminalCase
        or CriterionKind.NoUpheldComplaint or CriterionKind.ValidCertificate);

    /// <summary>
    /// Judges the criterion. <paramref name="levelRank"/> is the rank of the level asked about (the level below is one
    /// less); <paramref name="requiredTrainingMinutesPerYear"/> stands in for a training criterion that states no hours
    /// ("required training done": the governing training requirement's yearly hours, for each year of the window).
    /// </summary>
    public CriterionResult Judge(GradingFigures f, DateOnly asOf, int levelRank, int requiredTrainingMinutesPerYear = 0)
    {
        switch (Kind)
        {
            case CriterionKind.YearsOfService:
            {
                var years = WholeYears(f.ServingSince, asOf);
                return Result(Threshold, years, years >= Threshold);
            }
            case CriterionKind.CasesLed:
                return Result(Threshold, f.CasesLed, f.CasesLed >= Threshold);
            case CriterionKind.OralAgreementShare:
            {
                // The ratio is CaseCounts' definition; no agreement at all means no oral one either: 0, not unknown.
                var counts = CaseCounts.None with { WrittenAgreements = f.OralShareAgreements - f.OralShareOralAgreements, OralAgreements = f.OralShareOralAgreements };
                var share = counts.OralAgreementShare is { } s ? (decimal)s : 0m;
                return Result(Threshold, share, share <= Threshold);
            }
            case CriterionKind.AgreementRate:
            {
                var counts = CaseCounts.None with { Closed = f.RateDecided, WrittenAgreements = f.RateAgreements };
                var rate = counts.AgreementRate is { } r ? (decimal?)r : null;
                return Result(Threshold, rate, rate >= Threshold);
            }
            case CriterionKind.TrainingHours:
            {
                var requiredMinutes = Threshold is { } hours ? hours * 60 : requiredTrainingMinutesPerYear * (Years ?? 1);
                return Result(requiredMinutes / 60, f.TrainingMinutes / 60m, f.TrainingMinutes >= requiredMinutes);
            }
            case CriterionKind.NoCriminalCase:
                return Result(0, f.CriminalCases, f.CriminalCases == 0);
            case CriterionKind.NoUpheldComplaint:
                return Result(0, f.UpheldComplaints, f.UpheldComplaints == 0);
            case CriterionKind.YearsAtLevelBelow:
            {
                var years = f.CurrentRank == levelRank - 1 ? WholeYears(f.RankHeldSince, asOf) : 0;
                return Result(Threshold, years, f.CurrentRank == levelRank - 1 && years >= Threshold);
            }
            case CriterionKind.ValidCertificate:
                return Result(1, f.HasValidCertificate ? 1 : 0, f.HasValidCertificate);
            default:
                throw new InvalidOperationException($"Unknown criterion {Kind}.");
        }
    }

    /// <summary>Whole years from <paramref name="since"/> to <paramref name="asOf"/>: a year counts once its anniversary is reached.</summary>
    public static int WholeYears(DateOnly? since, DateOnly asOf)
    {
        if (since is not { } start || start > asOf) return 0;
        var years = asOf.Year - start.Year;
        return start.AddYears(years) > asOf ? years - 1 : years;
    }

    /// <summary>
    /// The last day a count of whole years may start on and still reach <paramref name="years"/> by <paramref name="asOf"/>
    /// (<see cref="WholeYears"/> ≥ years exactly when the start is on or before it), so SQL can compare a date rather
    /// than restate the anniversary rule: asOf − years, moved on while the next day still qualifies (a 29 February
    /// start reaches its anniversary on 28 February).
    /// </summary>
    public static DateOnly LatestStart(int years, DateOnly asOf)
    {
        var day = asOf.AddYears(-years);
        while (WholeYears(day, asOf) < years) day = day.AddDays(-1);
        while (day < asOf && WholeYears(day.AddDays(1), asOf) >= years) day = day.AddDays(1);
        return day;
    }

    /// <summary>The least whole number reaching <see cref="Threshold"/> (a count or whole years compared with it).</summary>
    public int WholeThreshold => Threshold is { } t ? (int)Math.Ceiling(t) : 0;

    private CriterionResult Result(decimal? required, decimal? actual, bool met) => new(this, required, actual, met);
}
