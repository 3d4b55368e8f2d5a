using Registry.Api.Subsidies;
using Registry.Domain.Subsidies;

namespace Registry.Api.Tests.Subsidies;

/// <summary>Spreadsheet reason cells: every reason has a Chinese name, and the code beside it is the GraphQL enum value.</summary>
public class SubsidyReasonNamesTests
{
    [Fact]
    public void EveryReasonHasAChineseNameAndItsApiCode()
    {
        var cells = Enum.GetValues<SubsidyReason>().Select(SubsidyReasonNames.Cell).ToList();

        Assert.Equal(10, cells.Count);
        Assert.Equal("主办调解员无有效证书（LEAD_NOT_CERTIFIED）", SubsidyReasonNames.Cell(SubsidyReason.LeadNotCertified));
        Assert.Equal("可发放（PAYABLE）", SubsidyReasonNames.Cell(SubsidyReason.Payable));
        Assert.Equal(cells.Count, cells.Distinct().Count());
    }
}
