using Registry.Domain.Grading;

namespace Registry.Domain.Tests.Grading;

/// <summary>Which ladder judges whom inside a region: the region's zones, most specific first.</summary>
public sealed class GradeLadderZones
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    private static GradeLadder Ladder(string region, string from = "2024-01-01", string? to = null) =>
        GradeLadder.Create(new GradeLadderDetails(region, region + " 等级", "测试", DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to),
            [new GradeLevelDetails("L1", "四级", 1, MinYearsOfService: 1)]));

    [Fact]
    public void TheCountrysZonesAreEveryLadderInForceMostSpecificFirst()
    {
        GradeLadder[] ladders = [Ladder("CN", "2018-01-01"), Ladder("44"), Ladder("5107"), Ladder("4403"), Ladder("13", to: "2025-12-31")];
        var zones = GradeLadderResolver.Zones(ladders, "CN", Day);
        Assert.Equal(["4403", "5107", "44", "CN"], zones.Select(z => z.RegionCode));
        Assert.Equal(["4403", "5107", "44", "CN"], zones.Select(z => z.Ladder!.RegionCode));
    }

    [Fact]
    public void ARegionInsideALadderIsOneZoneUnderIt()
    {
        GradeLadder[] ladders = [Ladder("CN", "2018-01-01"), Ladder("44"), Ladder("4403")];
        var zone = Assert.Single(GradeLadderResolver.Zones(ladders, "440305", Day));
        Assert.Equal(("440305", "4403"), (zone.RegionCode, zone.Ladder!.RegionCode));
        Assert.Equal(["4403", "44"], GradeLadderResolver.Zones(ladders, "44", Day).Select(z => z.RegionCode));
    }

    [Fact]
    public void AZoneNoLadderGovernsHasNone()
    {
        var zones = GradeLadderResolver.Zones([Ladder("5107")], "51", Day);
        Assert.Equal(["5107", "51"], zones.Select(z => z.RegionCode));
        Assert.Null(zones[1].Ladder);
    }
}
