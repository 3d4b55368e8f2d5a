using Bogus;

namespace Registry.Data.Seeding.Demo;

internal static class RandomExtensions
{
    public static bool Chance(this Randomizer random, double probability) => random.Double() < probability;

    /// <summary>Picks a value by weight; the weights need not sum to one.</summary>
    public static T Weighted<T>(this Randomizer random, params (T Value, double Weight)[] choices)
    {
        var roll = random.Double() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    /// <summary>Up to <paramref name="count"/> items in a random order (a deterministic partial shuffle).</summary>
    public static List<T> Sample<T>(this Randomizer random, IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        var take = Math.Min(count, copy.Count);
        for (var i = 0; i < take; i++)
        {
            var j = random.Int(i, copy.Count - 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy.GetRange(0, take);
    }
}
