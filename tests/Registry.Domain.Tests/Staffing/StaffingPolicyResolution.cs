using Registry.Domain.Committees;
using Registry.Domain.Staffing;
using static Registry.Domain.Tests.Staffing.Policies;

namespace Registry.Domain.Tests.Staffing;

public class StaffingPolicyResolution
{
    private static readonly DateOnly Mid2024 = new(2024, 6, 1);
    private const string JiyuanTownship = "419001100";

    [Fact]
    public void JiyuanOwnRuleBeatsHenan()
    {
        var governing = StaffingPolicyResolver.GoverningRule(All(), JiyuanTownship, CommitteeKind.Township, Mid2024);

        Assert.NotNull(governing);
        Assert.Equal(3, governing.Rule.MinimumFullTime);
        Assert.Equal("419001", governing.Policy.RegionCode);
    }

    [Fact]
    public void HenanGovernsJiyuanWhereJiyuanIsSilent()
    {
        var rules = StaffingPolicyResolver.GoverningRules(All(), JiyuanTownship, Mid2024);

        Assert.Equal(5, rules[CommitteeKind.MediationCenter].Rule.MinimumFullTime);
        Assert.Equal("41", rules[CommitteeKind.MediationCenter].Policy.RegionCode);
        Assert.Equal(3, rules[CommitteeKind.IndustryProfessional].Rule.MinimumFullTime);
        Assert.Equal("41", rules[CommitteeKind.IndustryProfessional].Policy.RegionCode);
        Assert.Equal("419001", rules[CommitteeKind.Subdistrict].Policy.RegionCode);
        Assert.False(rules.ContainsKey(CommitteeKind.Enterprise));
        Assert.Equal(6, rules.Count);
    }

    [Fact]
    public void HenanGovernsJiyuanBeforeJiyuanPolicyStarts()
    {
        var governing = StaffingPolicyResolver.GoverningRule(All(), JiyuanTownship, CommitteeKind.Township, new(2022, 12, 31));

        Assert.Equal(2, governing!.Rule.MinimumFullTime);
        Assert.Equal("41", governing.Policy.RegionCode);
    }

    [Fact]
    public void OtherHenanCountiesKeepHenanRule()
    {
        var governing = StaffingPolicyResolver.GoverningRule(All(), "410102001", CommitteeKind.Township, Mid2024);

        Assert.Equal(2, governing!.Rule.MinimumFullTime);
        Assert.Equal("41", governing.Policy.RegionCode);
    }

    [Fact]
    public void JilinRuleAppliesUntilEndOf2021Only()
    {
        var lastDay = StaffingPolicyResolver.GoverningRule(All(), "220102001", CommitteeKind.Township, new(2021, 12, 31));
        var dayAfter = StaffingPolicyResolver.GoverningRule(All(), "220102001", CommitteeKind.Township, new(2022, 1, 1));

        Assert.Equal(2, lastDay!.Rule.MinimumFullTime);
        Assert.Null(dayAfter);
        Assert.Empty(StaffingPolicyResolver.GoverningRules(All(), "22", new(2022, 1, 1)));
    }

    [Fact]
    public void WushenAppliesDuringCampaignButNotAfter()
    {
        var during = StaffingPolicyResolver.GoverningRules(All(), "150626100", Mid2024);
        var after = StaffingPolicyResolver.GoverningRules(All(), "150626100", new(2024, 12, 1));

        Assert.Equal(2, during[CommitteeKind.DispatchedOffice].Rule.MinimumFullTime);
        Assert.Equal(RuleSeverity.Conditional, during[CommitteeKind.Village].Rule.Severity);
        Assert.Empty(after);
    }

    [Fact]
    public void PolicyOfAnotherProvinceNeverApplies()
    {
        Assert.Null(StaffingPolicyResolver.GoverningRule(All(), "320102001", CommitteeKind.Township, Mid2024));
        Assert.Equal("13", StaffingPolicyResolver.GoverningRule(All(), "130102001", CommitteeKind.Township, Mid2024)!.Policy.RegionCode);
    }

    [Fact]
    public void VillageCodeResolvesThroughItsPrefixes()
    {
        var governing = StaffingPolicyResolver.GoverningRule(All(), "510703001001", CommitteeKind.Village, Mid2024);

        Assert.Equal("5107", governing!.Policy.RegionCode);
        Assert.Equal(RuleSeverity.Conditional, governing.Rule.Severity);
    }

    [Fact]
    public void ExplicitZeroLiftsAnInheritedRequirement()
    {
        var county = Policy("419001", new(2023, 1, 1), null, [Rule(CommitteeKind.MediationCenter, 0)]);

        var governing = StaffingPolicyResolver.GoverningRule([Henan(), county], "419001", CommitteeKind.MediationCenter, Mid2024);

        Assert.Equal(0, governing!.Rule.MinimumFullTime);
        Assert.Same(county, governing.Policy);
    }
}
