using Registry.Domain.Committees;

namespace Registry.Domain.Staffing;

/// <summary>
/// A minimum of full-time mediators (专职人民调解员配备标准) for every committee of one kind. A minimum of 0 is
/// allowed: it is how a more specific policy lifts a requirement it would otherwise inherit.
/// </summary>
public sealed class StaffingRule
{
    public const int MaxQuoteLength = 1000;

    public CommitteeKind Kind { get; init; }
    public int MinimumFullTime { get; init; }
    public RuleSeverity Severity { get; init; }
    /// <summary>The sentence of the source document the rule comes from, verbatim.</summary>
    public string? Quote { get; init; }
}
