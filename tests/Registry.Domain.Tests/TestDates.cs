namespace Registry.Domain.Tests;

/// <summary>Dates the domain tests share: the project's fixed "today", and a birth date that makes anyone an adult.</summary>
public static class TestDates
{
    public static readonly DateOnly TestToday = new(2026, 11, 22);
    public static readonly DateOnly AdultBirthDate = new(1970, 1, 1);
}
