using Registry.Domain.Screening;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Screening;

public class ScreeningInputChecks
{
    [Fact]
    public void APolicyWithTwoCadencesForOneLevelIsRefused() =>
        DomainAssert.FailsWith(() => ScreeningPolicy.Create(new ScreeningPolicyDetails("5107", "t", "s", new DateOnly(2024, 1, 1), null,
        [
            new ScreeningRule { Level = ScreeningLevel.Village, Cadence = ScreeningCadence.Weekly },
            new ScreeningRule { Level = ScreeningLevel.Village, Cadence = ScreeningCadence.Monthly },
        ])), "rules.1.level", "DUPLICATE");

    [Fact]
    public void AClosedRiskItemCannotMoveAgain()
    {
        var item = TestRound().Items[0];
        item.Move(RiskStatus.Resolved, new DateOnly(2024, 5, 3), null, new DateOnly(2024, 6, 1));

        DomainAssert.FailsWith(() => item.Move(RiskStatus.Mediating, new DateOnly(2024, 5, 4), null, new DateOnly(2024, 6, 1)), "status", "INVALID_STATE");
        Assert.Equal(2, item.History.Count);
        Assert.Equal(2, item.AgeInDays(new DateOnly(2026, 1, 1))); // closed on the 3rd, found on the 1st
    }

    [Fact]
    public void AReferralSaysToWhom()
    {
        var item = TestRound().Items[0];
        DomainAssert.FailsWith(() => item.Move(RiskStatus.Referred, new DateOnly(2024, 5, 2), null, new DateOnly(2024, 6, 1)), "note", "REQUIRED");
    }

    [Fact]
    public void AHighItemOpenPastTheLimitIsOverdue()
    {
        var item = TestRound().Items[0];
        Assert.False(item.IsOverdue(new DateOnly(2024, 5, 31), 30)); // 30 days: at the limit, not past it
        Assert.True(item.IsOverdue(new DateOnly(2024, 6, 1), 30));
        Assert.False(item.IsOverdue(new DateOnly(2024, 6, 1), null));
    }

    private static ScreeningRound TestRound()
    {
        var committee = Registry.Domain.Committees.Committee.Create(new Registry.Domain.Committees.CommitteeDetails(
            "西留村人民调解委员会", Registry.Domain.Committees.CommitteeKind.Village, "419001001002", new DateOnly(2015, 1, 1),
            null, null, false, false, default, default, null), TestDates.TestToday);
        return ScreeningRound.Record(committee, new DateOnly(2024, 5, 1), ScreeningKind.Routine,
            [new RiskItemDetails(Registry.Domain.Disputes.DisputeCategory.Neighbours, RiskLevel.High, "宅基地界址争执")], new DateOnly(2024, 6, 1));
    }
}
