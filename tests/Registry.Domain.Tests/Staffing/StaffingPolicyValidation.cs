using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Staffing;
using static Registry.Domain.Tests.Staffing.Policies;

namespace Registry.Domain.Tests.Staffing;

public class StaffingPolicyValidation
{
    private static readonly DateOnly From = new(2024, 1, 1);

    private static StaffingPolicyDetails Valid() => new(
        "5107", "绵阳市实施意见", "绵阳市司法局 绵司法发[2023]79号", From, null,
        [Rule(CommitteeKind.Township, 2)], [Target(TargetMetric.PersonalStudioCount, 10m)]);

    private static DomainError Single(StaffingPolicyDetails details) =>
        Assert.Single(Assert.Throws<DomainException>(() => StaffingPolicy.Create(details)).Errors);

    [Fact]
    public void CreatesPolicyWithTrimmedTextAndCopiedRules()
    {
        var rules = new[] { new StaffingRule { Kind = CommitteeKind.Regional, MinimumFullTime = 3, Severity = RuleSeverity.Required, Quote = "  区域性  " } };

        var policy = StaffingPolicy.Create(Valid() with { Title = "  绵阳  ", Rules = rules });

        Assert.Equal("5107", policy.RegionCode);
        Assert.Equal("绵阳", policy.Title);
        Assert.Equal(From, policy.EffectiveFrom);
        Assert.Null(policy.EffectiveTo);
        var rule = Assert.Single(policy.Rules);
        Assert.NotSame(rules[0], rule);
        Assert.Equal((CommitteeKind.Regional, 3, "区域性"), (rule.Kind, rule.MinimumFullTime, rule.Quote));
        Assert.Equal(10m, Assert.Single(policy.Targets).Target);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("510")]
    [InlineData("51O7")]
    public void MalformedRegionCodeIsRejected(string? code)
    {
        var error = Single(Valid() with { RegionCode = code });

        Assert.Equal(["regionCode"], error.Field);
        Assert.Equal(ErrorCodes.Invalid, error.Code);
    }

    [Fact]
    public void EmptyTitleIsRejected() =>
        Assert.Equal(["title"], Single(Valid() with { Title = "  " }).Field);

    [Fact]
    public void EffectiveToBeforeEffectiveFromIsRejected()
    {
        var error = Single(Valid() with { EffectiveTo = From.AddDays(-1) });

        Assert.Equal(["effectiveTo"], error.Field);
        Assert.Equal(ErrorCodes.OutOfRange, error.Code);
    }

    [Fact]
    public void OneDayPolicyIsAllowed() =>
        Assert.Equal(From, StaffingPolicy.Create(Valid() with { EffectiveTo = From }).EffectiveTo);

    [Fact]
    public void NegativeMinimumNamesTheRuleIndex()
    {
        var error = Single(Valid() with { Rules = [Rule(CommitteeKind.Township, 2), Rule(CommitteeKind.Village, -1)] });

        Assert.Equal(["rules", "1", "minimumFullTime"], error.Field);
        Assert.Equal(ErrorCodes.OutOfRange, error.Code);
    }

    [Fact]
    public void DuplicateKindNamesTheSecondRule()
    {
        var error = Single(Valid() with { Rules = [Rule(CommitteeKind.Township, 2), Rule(CommitteeKind.Village, 1), Rule(CommitteeKind.Township, 3)] });

        Assert.Equal(["rules", "2", "kind"], error.Field);
        Assert.Equal(ErrorCodes.Duplicate, error.Code);
    }

    [Theory]
    [InlineData(TargetMetric.FullTimeShare, 1.2)]
    [InlineData(TargetMetric.MediationCenterCountyCoverage, -0.1)]
    [InlineData(TargetMetric.FullTimeGrowth, -0.1)]
    [InlineData(TargetMetric.PersonalStudioCount, -1)]
    public void TargetOutOfRangeNamesTheTargetIndex(TargetMetric metric, double value)
    {
        var error = Single(Valid() with { Targets = [Target(TargetMetric.DispatchedOfficeCoverage, 0.8m), Target(metric, (decimal)value)] });

        Assert.Equal(["targets", "1", "target"], error.Field);
        Assert.Equal(ErrorCodes.OutOfRange, error.Code);
    }

    [Fact]
    public void GrowthAboveOneIsAllowedButCountMustBeWhole()
    {
        Assert.Equal(1.5m, StaffingPolicy.Create(Valid() with { Targets = [Target(TargetMetric.FullTimeGrowth, 1.5m)] }).Targets[0].Target);

        var error = Single(Valid() with { Targets = [Target(TargetMetric.PersonalStudioCount, 2.5m)] });
        Assert.Equal(["targets", "0", "target"], error.Field);
        Assert.Equal(ErrorCodes.Invalid, error.Code);
    }

    [Fact]
    public void UndefinedEnumValuesAreRejected()
    {
        var errors = Assert.Throws<DomainException>(() => StaffingPolicy.Create(Valid() with
        {
            Rules = [new StaffingRule { Kind = (CommitteeKind)99, MinimumFullTime = 1, Severity = (RuleSeverity)7 }],
            Targets = [Target((TargetMetric)42, 0.5m)],
        })).Errors;

        Assert.Equal(["rules.0.kind", "rules.0.severity", "targets.0.metric"], errors.Select(e => string.Join('.', e.Field)));
    }

    [Fact]
    public void EveryErrorIsReportedAtOnce()
    {
        var errors = Assert.Throws<DomainException>(() => StaffingPolicy.Create(new StaffingPolicyDetails(
            "5", "", "", From, From.AddDays(-1),
            [Rule(CommitteeKind.Township, -2)],
            [Target(TargetMetric.FullTimeShare, 2m), Target(TargetMetric.FullTimeShare, 0.5m)]))).Errors;

        Assert.Equal(
            ["regionCode", "title", "sourceDocument", "effectiveTo", "rules.0.minimumFullTime", "targets.0.target", "targets.1.metric"],
            errors.Select(e => string.Join('.', e.Field)));
    }
}
