namespace Registry.Domain.Certificates;

/// <summary>
/// Certificate numbers (证书编号). A number given by the bureau is kept as written (trimmed, 4–40 letters, digits or
/// hyphens). A generated one is the issuing region's code, the year of issue and a five-digit serial within that
/// region and year: <c>440106-2026-00001</c>.
/// </summary>
public static class CertificateNumber
{
    public const int MaxLength = 40;

    public static string Generate(string issuerRegionCode, int year, int serial) => $"{issuerRegionCode}-{year:0000}-{serial:00000}";

    /// <summary>The prefix every generated number of a region and year starts with.</summary>
    public static string Prefix(string issuerRegionCode, int year) => $"{issuerRegionCode}-{year:0000}-";

    public static bool IsWellFormed(string number) =>
        number.Length is >= 4 and <= MaxLength && number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
