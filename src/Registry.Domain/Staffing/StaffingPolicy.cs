using Registry.Domain.Committees;
using Registry.Domain.Common;

namespace Registry.Domain.Staffing;

/// <summary>
/// A jurisdiction's staffing policy (专职人民调解员配备标准) for an effective period: minimum full-time mediators per
/// committee kind and aggregate targets. Policies are data: the one that governs a committee is chosen by
/// <see cref="StaffingPolicyResolver"/>.
/// </summary>
public class StaffingPolicy : Entity, Regions.IRegionalPolicy
{
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 500;

    private readonly List<StaffingRule> rules = [];
    private readonly List<StaffingTarget> targets = [];

    private StaffingPolicy() { }

    public string RegionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>Citation of the document the policy is taken from: issuer, title, number, date.</summary>
    public string SourceDocument { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>Last day in force, inclusive; null while the policy is open-ended.</summary>
    public DateOnly? EffectiveTo { get; private set; }
    public IReadOnlyList<StaffingRule> Rules => rules;
    public IReadOnlyList<StaffingTarget> Targets => targets;

    public DatePeriod Period => new(EffectiveFrom, EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Period.Contains(day);

    public StaffingRule? RuleFor(CommitteeKind kind) => rules.Find(r => r.Kind == kind);

    public StaffingTarget? TargetFor(TargetMetric metric) => targets.Find(t => t.Metric == metric);

    public static StaffingPolicy Create(StaffingPolicyDetails details)
    {
        var policy = new StaffingPolicy();
        policy.Apply(details);
        return policy;
    }

    public void Update(StaffingPolicyDetails details) => Apply(details);

    /// <summary>
    /// Makes this policy the region's new version: an open-ended earlier version of the same region ends the day before
    /// this one starts. Returns that version, or null. Any other overlap is still refused by <see cref="CheckNoOverlap"/>.
    /// </summary>
    public StaffingPolicy? Supersede(IEnumerable<StaffingPolicy> existing)
    {
        var open = existing.FirstOrDefault(other => !ReferenceEquals(other, this) && other.RegionCode == RegionCode
                                                    && other.EffectiveTo is null && other.EffectiveFrom < EffectiveFrom);
        if (open is not null) open.EffectiveTo = EffectiveFrom.AddDays(-1);
        return open;
    }

    /// <summary>Rejects this policy when another of its region is in force on any of the same days (<see cref="Regions.RegionalPolicy"/>).</summary>
    public void CheckNoOverlap(IEnumerable<StaffingPolicy> existing) => Regions.RegionalPolicy.CheckNoOverlap(this, existing, "policy");

    private void Apply(StaffingPolicyDetails d)
    {
        var guard = new Guard();
        if (!Regions.RegionCode.IsWellFormed(d.RegionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits.");
        var title = guard.Text("title", d.Title, MaxTitleLength);
        var source = guard.Text("sourceDocument", d.SourceDocument, MaxSourceLength);
        if (d.EffectiveTo is { } to && to < d.EffectiveFrom)
            guard.Add("effectiveTo", ErrorCodes.OutOfRange, "effectiveTo must not be before effectiveFrom.");
        var newRules = CheckRules(guard, d.Rules ?? []);
        var newTargets = CheckTargets(guard, d.Targets ?? [], d.EffectiveFrom);
        guard.ThrowIfAny();

        RegionCode = d.RegionCode!;
        Title = title;
        SourceDocument = source;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        rules.Clear();
        rules.AddRange(newRules);
        targets.Clear();
        targets.AddRange(newTargets);
    }

    private static List<StaffingRule> CheckRules(Guard guard, IReadOnlyList<StaffingRule> input)
    {
        var result = new List<StaffingRule>();
        var seen = new HashSet<CommitteeKind>();
        for (var i = 0; i < input.Count; i++)
        {
            var r = input[i];
            var at = $"rules.{i}";
            if (r is null) { guard.Add(at, ErrorCodes.Required, $"{at} must not be null."); continue; }
            if (!Enum.IsDefined(r.Kind))
                guard.Add($"{at}.kind", ErrorCodes.Invalid, $"{at}.kind is not a committee kind.");
            else if (!seen.Add(r.Kind))
                guard.Add($"{at}.kind", ErrorCodes.Duplicate, $"The policy already has a rule for {r.Kind}; one rule per kind.");
            if (r.MinimumFullTime < 0)
                guard.Add($"{at}.minimumFullTime", ErrorCodes.OutOfRange, $"{at}.minimumFullTime must not be negative.");
            if (!Enum.IsDefined(r.Severity))
                guard.Add($"{at}.severity", ErrorCodes.Invalid, $"{at}.severity must be REQUIRED or CONDITIONAL.");
            var quote = guard.OptionalText($"{at}.quote", r.Quote, StaffingRule.MaxQuoteLength, multiline: true);
            result.Add(new StaffingRule { Kind = r.Kind, MinimumFullTime = r.MinimumFullTime, Severity = r.Severity, Quote = quote });
        }
        return result;
    }

    private static List<StaffingTarget> CheckTargets(Guard guard, IReadOnlyList<StaffingTarget> input, DateOnly effectiveFrom)
    {
        var result = new List<StaffingTarget>();
        var seen = new HashSet<TargetMetric>();
        for (var i = 0; i < input.Count; i++)
        {
            var t = input[i];
            var at = $"targets.{i}";
            if (t is null) { guard.Add(at, ErrorCodes.Required, $"{at} must not be null."); continue; }
            if (!Enum.IsDefined(t.Metric))
                guard.Add($"{at}.metric", ErrorCodes.Invalid, $"{at}.metric is not a target metric.");
            else
            {
                if (!seen.Add(t.Metric))
                    guard.Add($"{at}.metric", ErrorCodes.Duplicate, $"The policy already has a target for {t.Metric}; one target per metric.");
                CheckValue(guard, $"{at}.target", TargetMetrics.UnitOf(t.Metric), t.Target);
            }
            if (t.Deadline is { } deadline && deadline < effectiveFrom)
                guard.Add($"{at}.deadline", ErrorCodes.OutOfRange, $"{at}.deadline must not be before the policy's effectiveFrom.");
            var note = guard.OptionalText($"{at}.note", t.Note, StaffingTarget.MaxNoteLength, multiline: true);
            var quote = guard.OptionalText($"{at}.quote", t.Quote, StaffingRule.MaxQuoteLength, multiline: true);
            result.Add(new StaffingTarget { Metric = t.Metric, Target = t.Target, Deadline = t.Deadline, Note = note, Quote = quote });
        }
        return result;
    }

    private static void CheckValue(Guard guard, string field, TargetUnit unit, decimal value)
    {
        switch (unit)
        {
            case TargetUnit.Share when value is < 0m or > 1m:
                guard.Add(field, ErrorCodes.OutOfRange, $"{field} is a share and must be between 0 and 1 (0.8 means 80%).");
                break;
            case TargetUnit.Rate or TargetUnit.Count when value < 0m:
                guard.Add(field, ErrorCodes.OutOfRange, $"{field} must not be negative.");
                break;
            case TargetUnit.Count when value != decimal.Truncate(value):
                guard.Add(field, ErrorCodes.Invalid, $"{field} counts things and must be a whole number.");
                break;
        }
    }
}
