using Registry.Domain.Common;
using static Registry.Domain.Tests.Staffing.Policies;

namespace Registry.Domain.Tests.Staffing;

public class StaffingPolicyOverlap
{
    [Fact]
    public void NewVersionOverlappingAnOpenEndedOneIsRejected()
    {
        var next = Policy("419001", new(2025, 1, 1), null, []);

        var error = Assert.Single(Assert.Throws<DomainException>(() => next.CheckNoOverlap([Henan(), Jiyuan()])).Errors);

        Assert.Equal(["effectiveFrom"], error.Field);
        Assert.Equal(ErrorCodes.Overlap, error.Code);
        Assert.Contains("2023-01-01", error.Message);
    }

    [Fact]
    public void NewVersionSupersedesTheOpenEndedOneFromTheDayBeforeItStarts()
    {
        var jiyuan = Jiyuan();
        var next = Policy("419001", new(2025, 1, 1), null, []);

        var ended = next.Supersede([Henan(), jiyuan]);
        next.CheckNoOverlap([Henan(), jiyuan]);

        Assert.Same(jiyuan, ended);
        Assert.Equal(new DateOnly(2024, 12, 31), jiyuan.EffectiveTo);
    }

    [Fact]
    public void AVersionStartingBeforeTheOpenOneSupersedesNothing()
    {
        var jiyuan = Jiyuan();
        var earlier = Policy("419001", new(2022, 1, 1), null, []);

        Assert.Null(earlier.Supersede([jiyuan]));
        Assert.Null(jiyuan.EffectiveTo);
        Assert.Throws<DomainException>(() => earlier.CheckNoOverlap([jiyuan]));
    }

    [Fact]
    public void NewVersionStartingTheDayAfterTheOldEndsIsAccepted()
    {
        var next = Policy("22", new(2022, 1, 1), null, []);

        next.CheckNoOverlap(All());

        Assert.Equal(new DateOnly(2022, 1, 1), next.EffectiveFrom);
    }

    [Fact]
    public void NewVersionStartingOnTheOldLastDayIsRejected()
    {
        var next = Policy("22", new(2021, 12, 31), null, []);

        Assert.Throws<DomainException>(() => next.CheckNoOverlap(All()));
    }

    [Fact]
    public void PoliciesOfNestedRegionsMayOverlap()
    {
        var jiyuan = Jiyuan();

        jiyuan.CheckNoOverlap([Henan(), jiyuan]);

        Assert.True(jiyuan.IsInForceOn(new(2024, 1, 1)));
    }
}
