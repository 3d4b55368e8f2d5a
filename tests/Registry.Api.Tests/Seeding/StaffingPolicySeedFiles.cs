using System.Text.Json;
using Registry.Data.Seeding;
using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Staffing;

namespace Registry.Api.Tests.Seeding;

public class StaffingPolicySeedFiles
{
    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed", "staffing-policies");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("seed/staffing-policies not found above " + AppContext.BaseDirectory);
    }

    private static readonly Lazy<IReadOnlyList<StaffingPolicy>> Seeded = new(() => StaffingPolicyFile.LoadDirectory(SeedDirectory()));

    [Fact]
    public void EverySeedFileLoadsAsAValidPolicy() =>
        Assert.Equal(["13", "150626", "22", "41", "419001", "5107"], Seeded.Value.Select(p => p.RegionCode));

    [Fact]
    public void JilinFileCarriesTheThreeYearPlan()
    {
        var jilin = Seeded.Value.Single(p => p.RegionCode == "22");

        Assert.Equal((new DateOnly(2018, 12, 19), (DateOnly?)new DateOnly(2021, 12, 31)), (jilin.EffectiveFrom, jilin.EffectiveTo));
        Assert.Equal("吉林省司法厅《吉林省坚持发展“枫桥经验”实现矛盾不上交三年行动实施方案》，2018-12-19（seeds/003_e7eaf4bec0cf0dfa.txt）", jilin.SourceDocument);
        Assert.Equal(3, jilin.RuleFor(CommitteeKind.Regional)!.MinimumFullTime);
        Assert.Equal(RuleSeverity.Conditional, jilin.RuleFor(CommitteeKind.Enterprise)!.Severity);
        Assert.Equal(0.20m, jilin.TargetFor(TargetMetric.FullTimeShare)!.Target);
        Assert.Equal(0.50m, jilin.TargetFor(TargetMetric.MediationCenterCountyCoverage)!.Target);
        Assert.Equal(8, jilin.Targets.Count);
    }

    [Fact]
    public void SeededJiyuanBeatsSeededHenanOnlyWhereItSpeaks()
    {
        var rules = StaffingPolicyResolver.GoverningRules(Seeded.Value, "419001100", new(2024, 6, 1));

        Assert.Equal((3, "419001"), (rules[CommitteeKind.Township].Rule.MinimumFullTime, rules[CommitteeKind.Township].Policy.RegionCode));
        Assert.Equal((5, "41"), (rules[CommitteeKind.MediationCenter].Rule.MinimumFullTime, rules[CommitteeKind.MediationCenter].Policy.RegionCode));
    }

    [Fact]
    public void RuleErrorsInAFileNameTheField()
    {
        const string json = """
            { "regionCode": "13", "title": "t", "source": { "issuer": "i", "document": "d" },
              "effectiveFrom": "2023-01-01", "rules": [ { "kind": "TOWNSHIP", "minimumFullTime": -1, "severity": "REQUIRED" } ] }
            """;

        var error = Assert.Single(Assert.Throws<DomainException>(() => StaffingPolicyFile.Parse(json)).Errors);

        Assert.Equal(["rules", "0", "minimumFullTime"], error.Field);
    }

    [Theory]
    [InlineData("""{ "regionCode": "13", "title": "t", "effectiveFrom": "2023-01-01", "rules": [ { "kind": "TOWN_SHIP" } ] }""")]
    [InlineData("""{ "regionCode": "13", "title": "t", "effectiveFrom": "2023-01-01", "rules": [ { "kind": 2 } ] }""")]
    [InlineData("""{ "regionCode": "13", "title": "t", "effectiveFrom": "2023-01-01", "regoin": "41" }""")]
    [InlineData("""{ "regionCode": "13", "title": "t" }""")]
    public void MalformedFilesAreRejected(string json) =>
        Assert.ThrowsAny<JsonException>(() => StaffingPolicyFile.Parse(json));
}
