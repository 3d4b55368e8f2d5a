namespace Registry.Domain.Staffing;

/// <summary>What kind of number a <see cref="TargetMetric"/> is, which decides the values a target may take.</summary>
public enum TargetUnit
{
    /// <summary>A fraction of a whole, 0 to 1 (0.8 = 80%).</summary>
    Share,
    /// <summary>A year-on-year rate of change, 0 or more (0.1 = +10% a year).</summary>
    Rate,
    /// <summary>A whole number of things, 0 or more.</summary>
    Count,
}
