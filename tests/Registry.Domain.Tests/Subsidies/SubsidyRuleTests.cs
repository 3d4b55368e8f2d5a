using Registry.Domain.Cases;
using Registry.Domain.Common;
using Registry.Domain.Subsidies;

namespace Registry.Domain.Tests.Subsidies;

public class SubsidyRuleTests
{
    private static SubsidyPolicy Policy(long? cap = null) => SubsidyPolicy.Create(new SubsidyPolicyDetails("440103", "测试", "测试", new DateOnly(2026, 1, 1), null,
        [new SubsidyRate { Difficulty = CaseDifficulty.Simple, Agreement = AgreementKind.Written, AmountFen = 5000 }],
        [new GradeCoefficient { LevelName = "一级", Permille = 1333 }], LeadSharePercent: 60, MonthlyCapFen: cap));

    private static SubsidyMediatorFacts M(long id, string? level = null) => new(id, level, false, false);

    private static SubsidyCaseFacts Case(long id, params SubsidyMediatorFacts[] co) => new(id, CaseDifficulty.Simple, CaseOutcome.WrittenAgreement,
        new DateOnly(2026, 2, 1), 0, false, false, true, false, M(1, "一级"), co);

    [Fact]
    public void ThreeCoMediatorsAreFlooredAndTheLeadTakesTheRemainingFen()
    {
        var lines = SubsidyRule.Judge(Case(7, M(2), M(3), M(4)), Policy());
        // ⌊5000 × 40 / 300⌋ = 666 each; the lead 5000 − 1998 = 3002, × 1.333 = 4001.666 → 4002.
        Assert.Equal([3002L, 666, 666, 666], lines.Select(l => l.BaseFen));
        Assert.Equal(5000, lines.Sum(l => l.BaseFen));
        Assert.Equal([4002L, 666, 666, 666], lines.Select(l => l.AmountFen));
    }

    [Fact]
    public void RoundingIsHalfUpOnce() => Assert.Equal((1L, 0L), (SubsidyRule.Round(1, 500, 100), SubsidyRule.Round(1, 499, 100)));

    [Fact]
    public void TheCapPaysWhatIsLeftThenNothing()
    {
        var policy = Policy(cap: 9000);
        var lines = Enumerable.Range(1, 3).Select(i => (SubsidyRule.Judge(Case(i), policy)[0], new DateOnly(2026, 2, i), policy.MonthlyCapFen)).ToList();
        var capped = SubsidyRule.ApplyCap(lines, alreadyClaimedFen: 0);
        Assert.Equal([(6665L, SubsidyReason.Payable), (2335L, SubsidyReason.Capped), (0L, SubsidyReason.Capped)], capped.Select(l => (l.AmountFen, l.Reason)));
    }

    [Fact]
    public void ANonsensePolicyIsRefusedFieldByField()
    {
        var e = Assert.Throws<DomainException>(() => SubsidyPolicy.Create(new SubsidyPolicyDetails("440103", "测试", "测试", new DateOnly(2026, 1, 1), null,
            [new SubsidyRate { Difficulty = CaseDifficulty.Simple, Agreement = AgreementKind.Written, AmountFen = -5 }], LeadSharePercent: 101, FullTimePercent: -1)));
        Assert.Equal(["fullTimePercent", "leadSharePercent", "rates.0.amountFen"], e.Errors.Select(x => string.Join(".", x.Field)).Order());
    }

    [Fact]
    public void WhoeverSubmittedAClaimCannotApproveIt()
    {
        var claim = SubsidyClaim.Create("440103", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), "a", "FINANCE_CLERK", DateTime.UtcNow);
        claim.Submit("a", "FINANCE_CLERK", DateTime.UtcNow);
        Assert.Equal(SubsidyClaim.SamePerson, Assert.Throws<DomainException>(() => claim.Approve("a", "FINANCE_APPROVER", DateTime.UtcNow)).Errors[0].Code);
        claim.Approve("b", "FINANCE_APPROVER", DateTime.UtcNow);
        Assert.Equal((ClaimStatus.Approved, 3), (claim.Status, claim.Version));
    }
}
