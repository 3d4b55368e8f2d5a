namespace Registry.Domain.Screening;

/// <summary>A period in which a unit of one level under one policy owes a round; <see cref="SensitiveDay"/> marks a daily round of a sensitive period.</summary>
public sealed record RequiredPeriod(ScreeningPeriod Period, long PolicyId, bool SensitiveDay);
