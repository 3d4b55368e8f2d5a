namespace Registry.Domain.Staffing;

/// <summary>An aggregate target in force for a region on a date, and the policy it was taken from.</summary>
public sealed record GoverningTarget(StaffingTarget Target, StaffingPolicy Policy);
