using Registry.Domain.Cases;
using Registry.Domain.Common;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Cases;

public class CaseRecordingPolicyResolution
{
    private static readonly CaseRecordingPolicy Province = CaseRecordingPolicy.Create("15", "省", "来源", new(2020, 1, 1), null, 20);
    private static readonly CaseRecordingPolicy Banner = CaseRecordingPolicy.Create("150626", "旗", "来源", new(2024, 3, 25), new(2024, 11, 30), 10);

    [Fact]
    public void TheMostSpecificPolicyInForceGoverns()
    {
        CaseRecordingPolicy[] all = [Province, Banner];
        Assert.Equal(10, CaseRecordingPolicyResolver.MaxEntryDelayDays(all, "150626100", new(2024, 6, 1)));
        Assert.Equal(20, CaseRecordingPolicyResolver.MaxEntryDelayDays(all, "150626100", new(2024, 12, 1)));
        Assert.Equal(20, CaseRecordingPolicyResolver.MaxEntryDelayDays(all, "150602", new(2024, 6, 1)));
    }

    [Fact]
    public void WithoutAPolicyTheDefaultApplies() =>
        Assert.Equal(CaseRecordingPolicy.DefaultMaxEntryDelayDays, CaseRecordingPolicyResolver.MaxEntryDelayDays([Province, Banner], "419001", new(2024, 6, 1)));

    [Fact]
    public void ANegativeLimitIsRefused() =>
        DomainAssert.FailsWith(() => CaseRecordingPolicy.Create("15", "省", "来源", new(2020, 1, 1), null, -1), "maxEntryDelayDays", ErrorCodes.OutOfRange);
}
