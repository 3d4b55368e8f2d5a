namespace Registry.Data.Reports.Staffing;

/// <summary>
/// Committees of one kind. <see cref="RequiredMinimum"/> is the minimum the policies in force for the region itself set
/// for the kind (null when none does); a sub-region's own policy may ask more of its committees.
/// </summary>
public sealed record KindCompliance(CommitteeKind Kind, int CommitteeCount, int CompliantCount, int ShortfallCount,
    int ConditionalShortfallCount, int? RequiredMinimum, RuleSeverity? Severity);
