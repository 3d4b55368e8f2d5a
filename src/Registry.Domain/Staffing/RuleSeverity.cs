namespace Registry.Domain.Staffing;

/// <summary>How binding a staffing rule is.</summary>
public enum RuleSeverity
{
    /// <summary>Every committee of the kind must meet the minimum (配备…以上).</summary>
    Required,
    /// <summary>
    /// Applies only to committees designated as having the conditions for full-time staff (有条件的…配备),
    /// see <see cref="Committees.Committee.HasFullTimeConditions"/>.
    /// </summary>
    Conditional,
}
