namespace Registry.Domain.Regions;

/// <summary>
/// Rules of GB/T 2260 style statistical codes as the registry uses them: 2, 4, 6, 9 or 12 digits,
/// each level extending its parent's code. "Everything in a region" is every code starting with it.
/// </summary>
public static class RegionCode
{
    private static readonly int[] Lengths = [2, 4, 6, 9, 12];

    /// <summary>The lengths a code may have, one per level, shortest (a province) first.</summary>
    public static IReadOnlyList<int> CodeLengths => Lengths;

    /// <summary>
    /// The whole country as a report scope ("CN", also the nationwide jurisdiction): it covers every code. No row of the
    /// regions table has it; its children are the provinces.
    /// </summary>
    public const string Nation = "CN";

    public static bool IsWellFormed(string? code) =>
        code is not null && Array.IndexOf(Lengths, code.Length) >= 0 && code.All(char.IsAsciiDigit);

    public static RegionLevel LevelOf(string code) => code.Length switch
    {
        2 => RegionLevel.Province,
        4 => RegionLevel.Prefecture,
        6 => RegionLevel.County,
        9 => RegionLevel.Township,
        12 => RegionLevel.Village,
        _ => throw new ArgumentException($"'{code}' is not a region code.", nameof(code)),
    };

    /// <summary>How deep a code lies: its length, 0 for <see cref="Nation"/> (whose two letters are shorter than no province).</summary>
    public static int Specificity(string code) => code == Nation ? 0 : code.Length;

    /// <summary>True when <paramref name="code"/> lies strictly inside <paramref name="ancestor"/> (not the region itself).</summary>
    public static bool StrictlyInside(string ancestor, string code) => Specificity(code) > Specificity(ancestor) && Covers(ancestor, code);

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool Covers(string ancestor, string code) => ancestor == Nation || code.StartsWith(ancestor, StringComparison.Ordinal);

    /// <summary>The smallest code inside <paramref name="prefix"/>'s range: itself, or "" for <see cref="Nation"/>.</summary>
    public static string LowerBound(string prefix) => prefix == Nation ? "" : prefix;

    /// <summary>
    /// The smallest string greater than every code inside <paramref name="prefix"/>, so that a subtree is the
    /// index-friendly range <c>prefix &lt;= code &lt; UpperBound(prefix)</c> under ordinal (C) ordering.
    /// </summary>
    public static string UpperBound(string prefix) =>
        prefix == Nation ? ":" : prefix[..^1] + (char)(prefix[^1] + 1); // ':' follows '9': above every code of digits

    /// <summary>The codes of <paramref name="code"/> and all its ancestors, longest first.</summary>
    public static IEnumerable<string> SelfAndAncestors(string code)
    {
        foreach (var length in Lengths.Reverse())
            if (length <= code.Length) yield return code[..length];
    }
}
