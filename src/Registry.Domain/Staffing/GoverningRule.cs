namespace Registry.Domain.Staffing;

/// <summary>The rule that governs a committee kind in a region on a date, and the policy it was taken from.</summary>
public sealed record GoverningRule(StaffingRule Rule, StaffingPolicy Policy);
