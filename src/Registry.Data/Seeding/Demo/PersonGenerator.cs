using Bogus;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Makes people for the demo: Chinese names (family name first), resident ID numbers that are unique and agree with
/// gender and birth date, and mobile numbers 1[3-9]xxxxxxxxx.
/// </summary>
internal sealed class PersonGenerator(Faker faker)
{
    private const int SequencesPerDay = 500; // ResidentIdNumber.Compose gives distinct numbers for sequences 0–499
    private readonly HashSet<string> idNumbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> phones = new(StringComparer.Ordinal);

    public Randomizer Random => faker.Random;

    // zh_CN FullName() is "given family"; Chinese order is family name first.
    public string Name() => faker.Name.LastName() + faker.Name.FirstName();

    public string IdNumber(string countyCode, DateOnly birthDate, Gender gender)
    {
        var first = faker.Random.Int(0, SequencesPerDay - 1);
        for (var i = 0; i < SequencesPerDay; i++)
        {
            var number = ResidentIdNumber.Compose(countyCode, birthDate, (first + i) % SequencesPerDay, gender);
            if (idNumbers.Add(number)) return number;
        }
        throw new InvalidOperationException($"No free ID number left for {countyCode} born {birthDate:yyyy-MM-dd}.");
    }

    public string Phone()
    {
        while (true)
        {
            var phone = $"1{faker.Random.Int(3, 9)}{faker.Random.Long(0, 999_999_999):D9}";
            if (phones.Add(phone)) return phone;
        }
    }

    /// <summary>Ethnic minorities where the demo's places have them: Mongol in Wushen, Korean in Yanbian, Qiang in Beichuan.</summary>
    public string Ethnicity(string countyCode) => countyCode switch
    {
        "150626" when faker.Random.Chance(0.35) => "蒙古族",
        _ when countyCode.StartsWith("2224", StringComparison.Ordinal) && faker.Random.Chance(0.35) => "朝鲜族",
        "510726" when faker.Random.Chance(0.3) => "羌族",
        _ when countyCode.StartsWith("13", StringComparison.Ordinal) && faker.Random.Chance(0.04) => "满族",
        _ when faker.Random.Chance(0.02) => "回族",
        _ => "汉族",
    };
}
