using Bogus;

namespace Registry.Data.Generation;

/// <summary>
/// Chinese personal names, family name then given name (Bogus zh_CN: LastName()+FirstName(); its FullName() puts them
/// the other way round). Bogus is asked once for its lists, with the generation's seed; each name is then two picks
/// from them, which keeps millions of names cheap and the same for a seed.
/// </summary>
internal sealed class ChineseNames
{
    private readonly string[] families;
    private readonly string[] givens;

    public ChineseNames(int seed)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        families = Distinct(() => faker.Name.LastName(), 4000);
        givens = Distinct(() => faker.Name.FirstName(), 8000);
    }

    public string Next(Random random) => families[random.Next(families.Length)] + givens[random.Next(givens.Length)];

    private static string[] Distinct(Func<string> draw, int draws)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        for (var i = 0; i < draws; i++)
            if (draw() is { Length: > 0 } name && seen.Add(name)) list.Add(name);
        return [.. list];
    }
}
