namespace Registry.Domain.Screening;

/// <summary>A level's cadence and the policy it comes from.</summary>
public sealed record GoverningScreeningRule(ScreeningRule Rule, ScreeningPolicy Policy);
