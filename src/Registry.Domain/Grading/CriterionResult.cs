namespace Registry.Domain.Grading;

/// <summary>One criterion judged for one mediator: what the level requires, what the records show, and whether it is met.</summary>
public sealed record CriterionResult(GradeCriterion Criterion, decimal? Required, decimal? Actual, bool Met);
