using System.Globalization;

namespace Registry.Domain.Mediators;

/// <summary>
/// A citizen resident ID number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
/// 3-digit sequence whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character.
/// </summary>
public sealed record ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// The provinces' codes (GB/T 2260) an address code starts with: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, and 71
    /// (Taiwan), 81 (Hong Kong), 82 (Macao) as the standard lists them. "00…" or "99…" is no address.
    /// </summary>
    public static readonly IReadOnlyList<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    private static readonly HashSet<int> Provinces = [.. ProvinceCodes];

    private ResidentIdNumber(string value, DateOnly birthDate, Gender gender)
    {
        Value = value;
        BirthDate = birthDate;
        Gender = gender;
    }

    public string Value { get; }
    public DateOnly BirthDate { get; }
    public Gender Gender { get; }

    /// <summary>Parses and checks a number; a lower-case x is accepted and stored upper-case.</summary>
    public static bool TryParse(string? text, out ResidentIdNumber? number, out string reason)
    {
        number = null;
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18)
        {
            reason = "must be 18 characters long";
            return false;
        }
        if (!value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            reason = "must be 17 digits followed by a digit or X";
            return false;
        }
        if (!Provinces.Contains((value[0] - '0') * 10 + value[1] - '0'))
        {
            reason = "has no province code in positions 1–2 (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81 or 82)";
            return false;
        }
        // Invariant culture: the date is Gregorian, whatever calendar the server's culture uses.
        if (!DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            reason = "has no valid birth date in positions 7–14";
            return false;
        }
        if (value[17] != CheckCharacterOf(value))
        {
            reason = "fails the GB 11643 checksum";
            return false;
        }
        var gender = (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        number = new ResidentIdNumber(value, birth, gender);
        reason = "";
        return true;
    }

    /// <summary>The check character for the first 17 digits of <paramref name="value"/>.</summary>
    public static char CheckCharacterOf(string value)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (value[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>Builds a valid number from its parts; used for demo data and tests.</summary>
    public static string Compose(string addressCode, DateOnly birthDate, int sequence, Gender gender)
    {
        var seq = sequence % 100 * 10 + (gender == Gender.Male ? 1 : 0) + sequence / 100 % 5 * 2;
        var body = string.Create(CultureInfo.InvariantCulture, $"{addressCode}{birthDate:yyyyMMdd}{seq % 1000:000}");
        return body + CheckCharacterOf(body);
    }

    /// <summary>The number with its middle hidden, e.g. 130102********1234.</summary>
    public static string Mask(string value) =>
        value.Length == 18 ? value[..6] + new string('*', 8) + value[14..] : new string('*', value.Length);

    public override string ToString() => Value;
}
