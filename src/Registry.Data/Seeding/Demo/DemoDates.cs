using Bogus;

namespace Registry.Data.Seeding.Demo;

/// <summary>Fixed dates of the demo, so that the same seed always writes the same rows.</summary>
internal static class DemoDates
{
    /// <summary>"Today" in this project; history ends before it and open appointments run through it.</summary>
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>The last day a still-running appointment may have started.</summary>
    public static readonly DateOnly LatestStart = new(2026, 9, 30);

    public static DateOnly On(int year, int month = 1, int day = 1) => new(year, month, day);

    /// <summary>A day in [from, to]; <paramref name="from"/> when the range is empty.</summary>
    public static DateOnly Between(this Randomizer random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Int(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    public static DateOnly InYears(this Randomizer random, int firstYear, int lastYear) =>
        random.Between(On(firstYear), On(lastYear, 12, 31));

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
