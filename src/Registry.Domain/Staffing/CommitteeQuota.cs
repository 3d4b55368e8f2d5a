namespace Registry.Domain.Staffing;

/// <summary>
/// How one committee stands against the rule that governs its kind. <see cref="Required"/> is what this
/// committee must have: 0 when no rule governs it, or when the rule is CONDITIONAL and the committee is not
/// designated as having the conditions (有条件的) — then the rule is not applicable and cannot be short.
/// </summary>
public sealed record CommitteeQuota(int Required, int Actual, RuleSeverity? Severity, bool IsApplicable)
{
    public int Missing => Math.Max(0, Required - Actual);

    public bool IsShortfall => Missing > 0;

    /// <summary>Below a REQUIRED minimum.</summary>
    public bool IsRequiredShortfall => IsShortfall && Severity == RuleSeverity.Required;

    /// <summary>A designated committee below a CONDITIONAL minimum.</summary>
    public bool IsConditionalShortfall => IsShortfall && Severity == RuleSeverity.Conditional;

    public static CommitteeQuota Evaluate(StaffingRule? rule, bool hasFullTimeConditions, int actualFullTime)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(actualFullTime);
        if (rule is null) return new CommitteeQuota(0, actualFullTime, null, IsApplicable: false);
        var applies = rule.Severity == RuleSeverity.Required || hasFullTimeConditions;
        return new CommitteeQuota(applies ? rule.MinimumFullTime : 0, actualFullTime, rule.Severity, applies);
    }
}
