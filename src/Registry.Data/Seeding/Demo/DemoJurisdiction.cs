namespace Registry.Data.Seeding.Demo;

/// <summary>
/// One of the five seed jurisdictions and the part of it the demo fills: every township and village where
/// <see cref="FullCoverage"/>, otherwise every township and a sample of villages in a few counties.
/// </summary>
internal sealed record DemoJurisdiction(string Code, string[] Counties, string[] Prefectures, bool FullCoverage, int VillagesPerTownship = int.MaxValue)
{
    public static readonly IReadOnlyList<DemoJurisdiction> All =
    [
        new("419001", ["419001"], [], FullCoverage: true),
        new("150626", ["150626"], ["1506"], FullCoverage: true),
        new("5107", ["510703", "510726", "510781"], ["5107"], FullCoverage: false, VillagesPerTownship: 8),
        new("13", ["130102", "130123", "130131"], ["1301"], FullCoverage: false, VillagesPerTownship: 8),
        new("22", ["222401", "222403", "220102"], ["2224", "2201"], FullCoverage: false, VillagesPerTownship: 8),
    ];

    /// <summary>Where the jurisdiction-wide committees sit: the county itself, or the first sampled prefecture.</summary>
    public string SeatCode => FullCoverage ? Counties[0] : Prefectures[0];
}
