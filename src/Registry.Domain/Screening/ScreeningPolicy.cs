using Registry.Domain.Common;
using Registry.Domain.Regions;

namespace Registry.Domain.Screening;

/// <summary>
/// A jurisdiction's screening duty (矛盾纠纷排查制度) for an effective period: the cadence each level owes and, as
/// policy data, how many days a HIGH or MAJOR risk may stay open before the ledger flags it. Resolved most specific
/// first per level by <see cref="ScreeningPolicyResolver"/>, like staffing policies.
/// </summary>
public class ScreeningPolicy : Entity, IRegionalPolicy
{
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 500;

    private readonly List<ScreeningRule> rules = [];

    private ScreeningPolicy() { }

    public string RegionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string SourceDocument { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>Last day in force, inclusive; null while open-ended.</summary>
    public DateOnly? EffectiveTo { get; private set; }
    public IReadOnlyList<ScreeningRule> Rules => rules;
    /// <summary>Days a HIGH or MAJOR risk item may stay unclosed before it is flagged; null = the policy sets no limit.</summary>
    public int? SeriousRiskLimitDays { get; private set; }

    public DatePeriod Period => new(EffectiveFrom, EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Period.Contains(day);

    public ScreeningRule? RuleFor(ScreeningLevel level) => rules.Find(r => r.Level == level);

    public static ScreeningPolicy Create(ScreeningPolicyDetails details)
    {
        var policy = new ScreeningPolicy();
        policy.Apply(details);
        return policy;
    }

    /// <summary>An open-ended earlier version of the region ends the day before this one starts; returns it, or null.</summary>
    public ScreeningPolicy? Supersede(IEnumerable<ScreeningPolicy> existing)
    {
        var open = existing.FirstOrDefault(other => !ReferenceEquals(other, this) && other.RegionCode == RegionCode
                                                    && other.EffectiveTo is null && other.EffectiveFrom < EffectiveFrom);
        if (open is not null) open.EffectiveTo = EffectiveFrom.AddDays(-1);
        return open;
    }

    public void CheckNoOverlap(IEnumerable<ScreeningPolicy> existing) => RegionalPolicy.CheckNoOverlap(this, existing, "screening policy");

    private void Apply(ScreeningPolicyDetails d)
    {
        var guard = new Guard();
        if (!Regions.RegionCode.IsWellFormed(d.RegionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits.");
        var title = guard.Text("title", d.Title, MaxTitleLength);
        var source = guard.Text("sourceDocument", d.SourceDocument, MaxSourceLength);
        if (d.EffectiveTo is { } to && to < d.EffectiveFrom)
            guard.Add("effectiveTo", ErrorCodes.OutOfRange, "effectiveTo must not be before effectiveFrom.");
        if (d.SeriousRiskLimitDays is < 1)
            guard.Add("seriousRiskLimitDays", ErrorCodes.OutOfRange, "seriousRiskLimitDays must be at least 1 (omit it for no limit).");
        var checkedRules = CheckRules(guard, d.Rules ?? []);
        guard.ThrowIfAny();

        RegionCode = d.RegionCode!;
        Title = title;
        SourceDocument = source;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        SeriousRiskLimitDays = d.SeriousRiskLimitDays;
        rules.Clear();
        rules.AddRange(checkedRules);
    }

    private static List<ScreeningRule> CheckRules(Guard guard, IReadOnlyList<ScreeningRule> input)
    {
        if (input.Count == 0) guard.Add("rules", ErrorCodes.Required, "A screening policy states the cadence of at least one level.");
        var result = new List<ScreeningRule>();
        var seen = new HashSet<ScreeningLevel>();
        for (var i = 0; i < input.Count; i++)
        {
            var r = input[i];
            var at = $"rules.{i}";
            if (r is null) { guard.Add(at, ErrorCodes.Required, $"{at} must not be null."); continue; }
            if (!Enum.IsDefined(r.Level)) guard.Add($"{at}.level", ErrorCodes.Invalid, $"{at}.level is not a screening level.");
            else if (!seen.Add(r.Level))
                guard.Add($"{at}.level", ErrorCodes.Duplicate, $"The policy already has a cadence for {r.Level}; one per level.");
            if (!Enum.IsDefined(r.Cadence)) guard.Add($"{at}.cadence", ErrorCodes.Invalid, $"{at}.cadence is not a cadence.");
            var quote = guard.OptionalText($"{at}.quote", r.Quote, ScreeningRule.MaxQuoteLength);
            result.Add(new ScreeningRule { Level = r.Level, Cadence = r.Cadence, DailyInSensitivePeriods = r.DailyInSensitivePeriods, Quote = quote });
        }
        return result;
    }
}
