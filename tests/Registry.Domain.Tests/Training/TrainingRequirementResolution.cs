using Registry.Domain.Common;
using Registry.Domain.Tests.Common;
using Registry.Domain.Training;

namespace Registry.Domain.Tests.Training;

public class TrainingRequirementResolution
{
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);

    private static TrainingRequirement Requirement(string region, decimal? hours, int? practical, string from = "2024-01-01", string? to = null) =>
        TrainingRequirement.Create(new TrainingRequirementDetails(region, $"要求 {region}", "测试文件", DateOnly.Parse(from),
            to is null ? null : DateOnly.Parse(to), hours, practical, null));

    [Fact]
    public void EachFigureComesFromTheMostSpecificRequirementStatingIt()
    {
        var mianyang = Requirement("5107", null, 1);
        var county = Requirement("510704", 12, null);
        var governing = TrainingRequirementResolver.Resolve([mianyang, county], "510704001", Mid2026);

        Assert.Equal((12 * 60, 1), (governing.MinMinutesPerYear, governing.MinPracticalSessionsPerYear));
        Assert.Same(county, governing.HoursSource);
        Assert.Same(mianyang, governing.PracticalSource);
    }

    [Fact]
    public void ARequirementOutOfForceOrElsewhereGovernsNothing()
    {
        var ended = Requirement("5107", 30, 2, to: "2025-12-31");
        var yaan = Requirement("5118", 20, null);
        var governing = TrainingRequirementResolver.Resolve([ended, yaan], "510704", Mid2026);
        Assert.True(governing.IsEmpty);
        Assert.Equal(0, governing.MinMinutesPerYear);
    }

    [Fact]
    public void ZonesListTheRegionAndTheRequirementsInsideIt()
    {
        var zones = TrainingRequirementResolver.Zones([Requirement("5107", null, 1), Requirement("510704", 12, null)], "51", Mid2026);
        Assert.Equal(["510704", "5107", "51"], zones.Select(z => z.Zone));
        Assert.Equal(1, zones[0].Requirement.MinPracticalSessionsPerYear);
    }

    [Fact]
    public void TheCountrysZonesIncludeAProvincesRequirement()
    {
        // "CN" is two letters long, as a province's code is two digits: a province still lies inside the country.
        var zones = TrainingRequirementResolver.Zones([Requirement("44", 30, null), Requirement("5107", null, 1)], "CN", Mid2026);
        Assert.Equal(["5107", "44", "CN"], zones.Select(z => z.Zone));
        Assert.Equal(30 * 60, zones[1].Requirement.MinMinutesPerYear);
        Assert.True(zones[2].Requirement.IsEmpty);
    }

    [Fact]
    public void OverlappingPeriodsOfOneRegionAreRefused()
    {
        var existing = Requirement("5118", 20, null, from: "2024-01-01");
        var clash = Requirement("5118", 24, null, from: "2026-01-01");
        DomainAssert.FailsWith(() => clash.CheckNoOverlap([existing]), "effectiveFrom", ErrorCodes.Overlap);
    }

    [Fact]
    public void HoursThatAreNotWholeMinutesAreRefused() =>
        DomainAssert.FailsWith(() => Requirement("5118", 20.005m, null), "minHoursPerYear", ErrorCodes.Invalid);
}
