namespace Registry.Domain.Screening;

/// <summary>An inclusive span of days in which one round is owed.</summary>
public readonly record struct ScreeningPeriod(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => Start <= day && day <= End;

    public int Days => End.DayNumber - Start.DayNumber + 1;
}
