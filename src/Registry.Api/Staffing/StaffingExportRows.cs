using System.Runtime.CompilerServices;
using Registry.Data.Reports.Staffing;
using Registry.Domain.Committees;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

/// <summary>The report's committees as the rows a bureau opens in a spreadsheet, with Chinese headers and labels.</summary>
public static class StaffingExportRows
{
    public static readonly string[] Headers = ["委员会", "类型", "地区代码", "要求专职人数", "实有专职人数", "缺口", "性质", "是否达标", "依据政策"];

    /// <summary>The report's committees as rows, each read, judged and labelled as the writer asks for it.</summary>
    public static async IAsyncEnumerable<object?[]> Stream(StaffingComplianceReport report, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var (c, name) in report.CommitteesOneByOne(ct))
            yield return
            [
                name, KindLabel(c.Kind), c.RegionCode, c.Quota.Required, c.Quota.Actual,
                c.Quota.Missing, SeverityLabel(c.Quota), c.Quota.IsShortfall ? "否" : "是", c.Policy?.Title ?? "",
            ];
    }

    public static string SeverityLabel(CommitteeQuota quota) => quota switch
    {
        { Severity: null } => "无规定",
        { IsApplicable: false } => "有条件（未认定）",
        { Severity: RuleSeverity.Required } => "必须",
        _ => "有条件",
    };

    public static string KindLabel(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Village => "村",
        CommitteeKind.Community => "社区",
        CommitteeKind.Township => "乡镇",
        CommitteeKind.Subdistrict => "街道",
        CommitteeKind.Enterprise => "企事业单位",
        CommitteeKind.ChamberOfCommerce => "商会",
        CommitteeKind.IndustryProfessional => "行业性专业性",
        CommitteeKind.Regional => "区域性",
        CommitteeKind.DispatchedOffice => "派驻调解工作室",
        CommitteeKind.MediationCenter => "人民调解中心",
        _ => kind.ToString(),
    };
}
