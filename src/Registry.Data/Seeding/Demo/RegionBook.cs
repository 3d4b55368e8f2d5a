namespace Registry.Data.Seeding.Demo;

/// <summary>The imported regions the demo needs, looked up by code; children are found by code prefix.</summary>
internal sealed class RegionBook(IEnumerable<Region> regions)
{
    private const string ProvinceDirectPrefecture = "省直辖县级行政区划";

    private readonly Dictionary<string, Region> byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
    private readonly string[] codes = regions.Select(r => r.Code).Order(StringComparer.Ordinal).ToArray();

    public Region this[string code] => byCode.TryGetValue(code, out var region)
        ? region
        : throw new InvalidOperationException($"Region {code} is missing: import the regions before seeding the demo.");

    public IReadOnlyList<Region> DescendantsOf(string code, int codeLength) =>
        codes.Where(c => c.Length == codeLength && c.StartsWith(code, StringComparison.Ordinal)).Select(c => byCode[c]).ToList();

    /// <summary>How people write a place in a committee name, e.g. 绵阳市涪城区 for a county, 济源市 for Jiyuan.</summary>
    public string Place(string code)
    {
        var name = this[code].Name;
        if (code.Length != 6 || !byCode.TryGetValue(code[..4], out var prefecture) || prefecture.Name == ProvinceDirectPrefecture)
            return name;
        return prefecture.Name + name;
    }

    /// <summary>A township's name without its county prefix or its 街道/镇/乡/苏木 suffix, e.g. 丰谷 for 丰谷镇.</summary>
    public string ShortTownship(string code)
    {
        var name = this[code].Name;
        var county = this[code[..6]].Name;
        if (name.StartsWith(county, StringComparison.Ordinal) && name.Length > county.Length) name = name[county.Length..];
        foreach (var suffix in (string[])["街道", "苏木", "镇", "乡"])
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1) return name[..^suffix.Length];
        return name;
    }
}
