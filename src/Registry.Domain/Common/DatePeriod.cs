namespace Registry.Domain.Common;

/// <summary>An inclusive span of days; <see cref="End"/> null means open-ended (still running).</summary>
public readonly record struct DatePeriod(DateOnly Start, DateOnly? End)
{
    public bool Contains(DateOnly day) => Start <= day && (End is null || day <= End);

    public bool Overlaps(DatePeriod other) =>
        Start <= (other.End ?? DateOnly.MaxValue) && other.Start <= (End ?? DateOnly.MaxValue);
}
