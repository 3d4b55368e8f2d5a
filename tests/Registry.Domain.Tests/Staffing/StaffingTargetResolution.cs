using Registry.Domain.Staffing;
using static Registry.Domain.Tests.Staffing.Policies;

namespace Registry.Domain.Tests.Staffing;

public class StaffingTargetResolution
{
    [Fact]
    public void JilinTargetsGovernItsPrefecturesWhileInForce()
    {
        var targets = StaffingPolicyResolver.GoverningTargets(All(), "2201", new(2020, 6, 1));

        Assert.Equal(
            [TargetMetric.FullTimeShare, TargetMetric.FullTimeGrowth, TargetMetric.MediationCenterCountyCoverage, TargetMetric.StandardisedTownshipShare],
            targets.Select(t => t.Target.Metric));
        Assert.Equal(0.20m, targets[0].Target.Target);
        Assert.Equal(new DateOnly(2021, 12, 31), targets[0].Target.Deadline);
        Assert.Empty(StaffingPolicyResolver.GoverningTargets(All(), "2201", new(2022, 1, 1)));
    }

    [Fact]
    public void MoreSpecificTargetOverridesOnlyItsMetric()
    {
        var changchun = Policy("2201", new(2019, 1, 1), new(2021, 12, 31), [], [Target(TargetMetric.FullTimeShare, 0.30m)]);

        var targets = StaffingPolicyResolver.GoverningTargets([Jilin(), changchun], "220102", new(2020, 6, 1));

        var share = Assert.Single(targets, t => t.Target.Metric == TargetMetric.FullTimeShare);
        Assert.Equal(0.30m, share.Target.Target);
        Assert.Same(changchun, share.Policy);
        Assert.Equal(0.10m, Assert.Single(targets, t => t.Target.Metric == TargetMetric.FullTimeGrowth).Target.Target);
    }

    [Fact]
    public void TargetsOfRegionsInsideTheOneAskedAboutDoNotApplyToIt()
    {
        var henan = StaffingPolicyResolver.GoverningTargets(All(), "41", new(2024, 6, 1));
        var jiyuan = StaffingPolicyResolver.GoverningTargets(All(), "419001", new(2024, 6, 1));

        Assert.Empty(henan);
        Assert.Equal([TargetMetric.VillageCommitteeCoverage, TargetMetric.TownshipCommitteeCoverage], jiyuan.Select(t => t.Target.Metric));
        Assert.All(jiyuan, t => Assert.Equal(1m, t.Target.Target));
    }
}
