using Registry.Domain.Committees;
using Registry.Domain.Staffing;
using static Registry.Domain.Tests.Staffing.Policies;

namespace Registry.Domain.Tests.Staffing;

public class CommitteeQuotaEvaluation
{
    private static readonly DateOnly Mid2024 = new(2024, 6, 1);

    private static CommitteeQuota Evaluate(string region, CommitteeKind kind, bool hasConditions, int fullTime) =>
        CommitteeQuota.Evaluate(StaffingPolicyResolver.GoverningRule(All(), region, kind, Mid2024)?.Rule, hasConditions, fullTime);

    [Fact]
    public void JiyuanTownshipWithTwoFullTimeIsShortByOne()
    {
        var quota = Evaluate("419001100", CommitteeKind.Township, hasConditions: false, fullTime: 2);

        Assert.Equal(3, quota.Required);
        Assert.Equal(2, quota.Actual);
        Assert.Equal(1, quota.Missing);
        Assert.Equal(RuleSeverity.Required, quota.Severity);
        Assert.True(quota.IsRequiredShortfall);
        Assert.False(quota.IsConditionalShortfall);
    }

    [Fact]
    public void HebeiTownshipWithTwoFullTimeIsCompliant()
    {
        var quota = Evaluate("130102001", CommitteeKind.Township, hasConditions: false, fullTime: 2);

        Assert.Equal(2, quota.Required);
        Assert.Equal(0, quota.Missing);
        Assert.False(quota.IsShortfall);
    }

    [Fact]
    public void MianyangVillageWithoutConditionsIsNotAShortfall()
    {
        var quota = Evaluate("510703001001", CommitteeKind.Village, hasConditions: false, fullTime: 0);

        Assert.False(quota.IsApplicable);
        Assert.Equal(0, quota.Required);
        Assert.Equal(0, quota.Missing);
        Assert.Equal(RuleSeverity.Conditional, quota.Severity);
        Assert.False(quota.IsShortfall);
    }

    [Fact]
    public void MianyangVillageWithConditionsAndNoFullTimeIsConditionalShortfallOfOne()
    {
        var quota = Evaluate("510703001001", CommitteeKind.Village, hasConditions: true, fullTime: 0);

        Assert.True(quota.IsApplicable);
        Assert.Equal(1, quota.Required);
        Assert.Equal(1, quota.Missing);
        Assert.True(quota.IsConditionalShortfall);
        Assert.False(quota.IsRequiredShortfall);
    }

    [Fact]
    public void CommitteeNoRuleGovernsIsCompliant()
    {
        var quota = Evaluate("320102001", CommitteeKind.Township, hasConditions: true, fullTime: 0);

        Assert.Null(quota.Severity);
        Assert.Equal(0, quota.Required);
        Assert.False(quota.IsShortfall);
    }

    [Fact]
    public void StaffAboveTheMinimumLeavesNothingMissing()
    {
        var quota = CommitteeQuota.Evaluate(Rule(CommitteeKind.MediationCenter, 5), hasFullTimeConditions: false, actualFullTime: 7);

        Assert.Equal(5, quota.Required);
        Assert.Equal(7, quota.Actual);
        Assert.Equal(0, quota.Missing);
    }

    [Fact]
    public void NegativeActualCountIsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CommitteeQuota.Evaluate(null, false, -1));
}
