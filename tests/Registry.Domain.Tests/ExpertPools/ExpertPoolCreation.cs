using Registry.Domain.Common;
using Registry.Domain.ExpertPools;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.ExpertPools;

public class ExpertPoolCreation
{
    [Theory]
    [InlineData("5107")]
    [InlineData("510703")]
    public void AcceptsAPrefectureOrCounty(string regionCode)
    {
        var pool = ExpertPool.Create(" 绵阳市调解专家库 ", regionCode, new DateOnly(2019, 3, 1));

        Assert.Equal("绵阳市调解专家库", pool.Name);
        Assert.Equal(regionCode, pool.RegionCode);
        Assert.Equal(new DateOnly(2019, 3, 1), pool.EstablishedOn);
    }

    [Theory]
    [InlineData("51")]
    [InlineData("510703101")]
    [InlineData("510703101201")]
    public void RejectsAProvinceTownshipOrVillage(string regionCode)
    {
        DomainAssert.FailsWith(() => ExpertPool.Create("专家库", regionCode, new DateOnly(2019, 3, 1)), "regionCode", ErrorCodes.Invalid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("510")]
    [InlineData("51O7")]
    public void RejectsAMalformedRegionCode(string? regionCode)
    {
        DomainAssert.FailsWith(() => ExpertPool.Create("专家库", regionCode, new DateOnly(2019, 3, 1)), "regionCode", ErrorCodes.Invalid);
    }
}
