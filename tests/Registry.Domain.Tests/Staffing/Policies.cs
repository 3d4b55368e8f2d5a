using Registry.Domain.Committees;
using Registry.Domain.Staffing;

namespace Registry.Domain.Tests.Staffing;

/// <summary>The seeded policies as DESIGN.md tabulates them, built in code (this project cannot read the seed files).</summary>
internal static class Policies
{
    public static StaffingRule Rule(CommitteeKind kind, int minimum, RuleSeverity severity = RuleSeverity.Required) =>
        new() { Kind = kind, MinimumFullTime = minimum, Severity = severity };

    public static StaffingTarget Target(TargetMetric metric, decimal target, DateOnly? deadline = null) =>
        new() { Metric = metric, Target = target, Deadline = deadline };

    public static StaffingPolicy Policy(string region, DateOnly from, DateOnly? to, StaffingRule[] rules, StaffingTarget[]? targets = null) =>
        StaffingPolicy.Create(new StaffingPolicyDetails(region, $"Policy {region} {from:yyyy}", $"test fixture for {region}", from, to, rules, targets));

    public static StaffingPolicy Henan() => Policy("41", new(2019, 1, 1), null,
    [
        Rule(CommitteeKind.Village, 1), Rule(CommitteeKind.Community, 1),
        Rule(CommitteeKind.Township, 2), Rule(CommitteeKind.Subdistrict, 2),
        Rule(CommitteeKind.IndustryProfessional, 3), Rule(CommitteeKind.MediationCenter, 5),
    ]);

    public static StaffingPolicy Jiyuan() => Policy("419001", new(2023, 1, 1), null,
        [Rule(CommitteeKind.Township, 3), Rule(CommitteeKind.Subdistrict, 3), Rule(CommitteeKind.Village, 1), Rule(CommitteeKind.Community, 1)],
        [Target(TargetMetric.VillageCommitteeCoverage, 1m), Target(TargetMetric.TownshipCommitteeCoverage, 1m)]);

    public static StaffingPolicy Hebei() => Policy("13", new(2023, 1, 1), null,
        [Rule(CommitteeKind.Township, 2), Rule(CommitteeKind.Subdistrict, 2)]);

    public static StaffingPolicy Mianyang() => Policy("5107", new(2023, 12, 8), null, FullTable(),
        [Target(TargetMetric.PersonalStudioCount, 10m)]);

    public static StaffingPolicy Jilin() => Policy("22", new(2018, 12, 19), new(2021, 12, 31), FullTable(),
    [
        Target(TargetMetric.FullTimeShare, 0.20m, new(2021, 12, 31)),
        Target(TargetMetric.FullTimeGrowth, 0.10m),
        Target(TargetMetric.StandardisedTownshipShare, 0.80m, new(2021, 12, 31)),
        Target(TargetMetric.MediationCenterCountyCoverage, 0.50m, new(2021, 12, 31)),
    ]);

    public static StaffingPolicy Wushen() => Policy("150626", new(2024, 3, 25), new(2024, 11, 30), FullTable(),
        [Target(TargetMetric.FullTimeShare, 0.10m, new(2024, 12, 31))]);

    public static StaffingPolicy[] All() => [Hebei(), Henan(), Jiyuan(), Mianyang(), Jilin(), Wushen()];

    /// <summary>The column Mianyang, Jilin and Wushen share.</summary>
    private static StaffingRule[] FullTable() =>
    [
        Rule(CommitteeKind.Township, 2), Rule(CommitteeKind.Subdistrict, 2),
        Rule(CommitteeKind.Village, 1, RuleSeverity.Conditional), Rule(CommitteeKind.Community, 1, RuleSeverity.Conditional),
        Rule(CommitteeKind.Enterprise, 1, RuleSeverity.Conditional),
        Rule(CommitteeKind.DispatchedOffice, 2),
        Rule(CommitteeKind.IndustryProfessional, 3), Rule(CommitteeKind.Regional, 3),
    ];
}
