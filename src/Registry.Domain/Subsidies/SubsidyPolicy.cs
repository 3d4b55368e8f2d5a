using Registry.Domain.Cases;
using Registry.Domain.Common;
using Registry.Domain.Regions;

namespace Registry.Domain.Subsidies;

/// <summary>
/// A jurisdiction's per-case subsidy (以案定补) for an effective period: what a case pays by difficulty and agreement,
/// how grades, co-mediators, a monthly cap and the mediator's status change it, and what a case must satisfy to pay
/// at all. Policy as data, resolved like staffing policies (<see cref="SubsidyPolicyResolver"/>); a new version is a
/// new policy, so a past statement keeps its answer. How a line is worked out is <see cref="SubsidyRule"/>.
/// </summary>
public class SubsidyPolicy : Entity, IRegionalPolicy
{
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 500;
    public const int MaxCoefficients = 20;
    public const int DefaultDuplicateWindowDays = 90;
    /// <summary>¥100,000: no per-case rate or monthly cap in any known policy comes near it, so more is a typing error.</summary>
    public const long MaxAmountFen = 10_000_000;
    /// <summary>×10: a grade multiplies a share by at most this much (in thousandths).</summary>
    public const int MaxPermille = 10_000;

    private readonly List<SubsidyRate> rates = [];
    private readonly List<GradeCoefficient> coefficients = [];

    private SubsidyPolicy() { }

    public string RegionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string SourceDocument { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>Last day in force, inclusive; null while open-ended.</summary>
    public DateOnly? EffectiveTo { get; private set; }
    /// <summary>Fen per case by difficulty and agreement; a combination not listed pays nothing (NO_POLICY).</summary>
    public IReadOnlyList<SubsidyRate> Rates => rates;
    public IReadOnlyList<GradeCoefficient> GradeCoefficients => coefficients;
    /// <summary>The coefficient of a mediator with no grade on the closing date, or a grade the policy does not list.</summary>
    public int DefaultCoefficientPermille { get; private set; } = 1000;
    /// <summary>The lead mediator's share of a case with co-mediators, in percent; the co-mediators split the rest equally.</summary>
    public int LeadSharePercent { get; private set; } = 100;
    /// <summary>Most a mediator is paid for the cases closed in one calendar month; null = no cap.</summary>
    public long? MonthlyCapFen { get; private set; }
    /// <summary>A case entered more than this many days after closing pays nothing (ENTERED_LATE).</summary>
    public int MaxEntryDelayDays { get; private set; }
    /// <summary>Cases of this difficulty or harder pay only after a follow-up visit; null = never required.</summary>
    public CaseDifficulty? FollowUpRequiredFrom { get; private set; }
    /// <summary>Successful cases of the same parties and category received within this many days are one dispute, paid once.</summary>
    public int DuplicateWindowDays { get; private set; }
    /// <summary>What a serving civil servant is paid, in percent of the line (0: excluded, the usual rule).</summary>
    public int CivilServantPercent { get; private set; }
    /// <summary>What a mediator with a full-time (salaried) appointment on the closing date is paid, in percent of the line.</summary>
    public int FullTimePercent { get; private set; } = 100;

    public DatePeriod Period => new(EffectiveFrom, EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Period.Contains(day);

    /// <summary>The fen a case pays before shares and coefficients; null when the policy lists no rate for it.</summary>
    public long? RateFor(CaseDifficulty difficulty, AgreementKind agreement) =>
        rates.Find(r => r.Difficulty == difficulty && r.Agreement == agreement)?.AmountFen;

    /// <summary>The coefficient (thousandths) of a mediator graded <paramref name="levelName"/> (null: ungraded).</summary>
    public int CoefficientFor(string? levelName) =>
        coefficients.Find(c => c.LevelName == levelName)?.Permille ?? DefaultCoefficientPermille;

    public static SubsidyPolicy Create(SubsidyPolicyDetails details)
    {
        var policy = new SubsidyPolicy();
        policy.Apply(details);
        return policy;
    }

    /// <summary>An open-ended earlier version of the region ends the day before this one starts; returns it, or null.</summary>
    public SubsidyPolicy? Supersede(IEnumerable<SubsidyPolicy> existing)
    {
        var open = existing.FirstOrDefault(other => !ReferenceEquals(other, this) && other.RegionCode == RegionCode
                                                    && other.EffectiveTo is null && other.EffectiveFrom < EffectiveFrom);
        if (open is not null) open.EffectiveTo = EffectiveFrom.AddDays(-1);
        return open;
    }

    public void CheckNoOverlap(IEnumerable<SubsidyPolicy> existing) => RegionalPolicy.CheckNoOverlap(this, existing, "subsidy policy");

    private void Apply(SubsidyPolicyDetails d)
    {
        var guard = new Guard();
        if (!Regions.RegionCode.IsWellFormed(d.RegionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits.");
        var title = guard.Text("title", d.Title, MaxTitleLength);
        var source = guard.Text("sourceDocument", d.SourceDocument, MaxSourceLength);
        if (d.EffectiveFrom == default) guard.Add("effectiveFrom", ErrorCodes.Required, "effectiveFrom is required.");
        if (d.EffectiveTo is { } to && to < d.EffectiveFrom)
            guard.Add("effectiveTo", ErrorCodes.OutOfRange, "effectiveTo must not be before effectiveFrom.");
        var checkedRates = CheckRates(guard, d.Rates ?? []);
        var checkedCoefficients = CheckCoefficients(guard, d.GradeCoefficients ?? []);
        Permille(guard, "defaultCoefficientPermille", d.DefaultCoefficientPermille);
        Percent(guard, "leadSharePercent", d.LeadSharePercent);
        Percent(guard, "civilServantPercent", d.CivilServantPercent);
        Percent(guard, "fullTimePercent", d.FullTimePercent);
        if (d.MonthlyCapFen is < 1 or > MaxAmountFen)
            guard.Add("monthlyCapFen", ErrorCodes.OutOfRange, $"monthlyCapFen must be between 1 and {MaxAmountFen} fen (omit it for no cap).");
        if (d.MaxEntryDelayDays is < 0 or > 366)
            guard.Add("maxEntryDelayDays", ErrorCodes.OutOfRange, "maxEntryDelayDays must be between 0 and 366.");
        if (d.DuplicateWindowDays is < 0 or > 3660)
            guard.Add("duplicateWindowDays", ErrorCodes.OutOfRange, "duplicateWindowDays must be between 0 and 3660.");
        if (d.FollowUpRequiredFrom is { } f && !Enum.IsDefined(f))
            guard.Add("followUpRequiredFrom", ErrorCodes.Invalid, "followUpRequiredFrom must be SIMPLE, ORDINARY, COMPLEX or MAJOR.");
        guard.ThrowIfAny();

        RegionCode = d.RegionCode!;
        Title = title;
        SourceDocument = source;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        DefaultCoefficientPermille = d.DefaultCoefficientPermille;
        LeadSharePercent = d.LeadSharePercent;
        MonthlyCapFen = d.MonthlyCapFen;
        MaxEntryDelayDays = d.MaxEntryDelayDays;
        FollowUpRequiredFrom = d.FollowUpRequiredFrom;
        DuplicateWindowDays = d.DuplicateWindowDays;
        CivilServantPercent = d.CivilServantPercent;
        FullTimePercent = d.FullTimePercent;
        rates.Clear();
        rates.AddRange(checkedRates);
        coefficients.Clear();
        coefficients.AddRange(checkedCoefficients);
    }

    private static List<SubsidyRate> CheckRates(Guard guard, IReadOnlyList<SubsidyRate> input)
    {
        if (input.Count == 0) guard.Add("rates", ErrorCodes.Required, "A subsidy policy states at least one rate.");
        var result = new List<SubsidyRate>();
        for (var i = 0; i < input.Count; i++)
        {
            var r = input[i];
            var at = $"rates.{i}";
            if (r is null) { guard.Add(at, ErrorCodes.Required, $"{at} must not be null."); continue; }
            if (!Enum.IsDefined(r.Difficulty)) guard.Add($"{at}.difficulty", ErrorCodes.Invalid, $"{at}.difficulty is not a case difficulty.");
            if (!Enum.IsDefined(r.Agreement)) guard.Add($"{at}.agreement", ErrorCodes.Invalid, $"{at}.agreement must be WRITTEN or ORAL.");
            if (r.AmountFen is < 0 or > MaxAmountFen)
                guard.Add($"{at}.amountFen", ErrorCodes.OutOfRange, $"{at}.amountFen must be between 0 and {MaxAmountFen} fen.");
            if (result.Any(x => x.Difficulty == r.Difficulty && x.Agreement == r.Agreement))
                guard.Add($"{at}.difficulty", ErrorCodes.Duplicate, $"The policy already has a rate for {r.Difficulty} with a {r.Agreement} agreement.");
            result.Add(new SubsidyRate { Difficulty = r.Difficulty, Agreement = r.Agreement, AmountFen = r.AmountFen });
        }
        return result;
    }

    private static List<GradeCoefficient> CheckCoefficients(Guard guard, IReadOnlyList<GradeCoefficient> input)
    {
        if (input.Count > MaxCoefficients) guard.Add("gradeCoefficients", ErrorCodes.OutOfRange, $"A policy lists at most {MaxCoefficients} grade coefficients.");
        var result = new List<GradeCoefficient>();
        for (var i = 0; i < input.Count; i++)
        {
            var c = input[i];
            var at = $"gradeCoefficients.{i}";
            if (c is null) { guard.Add(at, ErrorCodes.Required, $"{at} must not be null."); continue; }
            var name = guard.Text($"{at}.levelName", c.LevelName, GradeCoefficient.MaxLevelNameLength);
            Permille(guard, $"{at}.permille", c.Permille);
            if (result.Any(x => x.LevelName == name))
                guard.Add($"{at}.levelName", ErrorCodes.Duplicate, $"The policy already has a coefficient for {name}.");
            result.Add(new GradeCoefficient { LevelName = name, Permille = c.Permille });
        }
        return result;
    }

    private static void Percent(Guard guard, string field, int value)
    {
        if (value is < 0 or > 100) guard.Add(field, ErrorCodes.OutOfRange, $"{field} must be between 0 and 100.");
    }

    private static void Permille(Guard guard, string field, int value)
    {
        if (value is < 0 or > MaxPermille) guard.Add(field, ErrorCodes.OutOfRange, $"{field} must be between 0 and {MaxPermille} (thousandths).");
    }
}
