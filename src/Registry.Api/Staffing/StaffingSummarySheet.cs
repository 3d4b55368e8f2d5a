using Registry.Api.Http;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

/// <summary>The first sheet of the Excel export: the report's counts, targets, kinds and child regions (a few hundred rows at most).</summary>
internal static class StaffingSummarySheet
{
    public static ExportSheet Of(StaffingComplianceReport report) => new("汇总", null, 9, Rows(report).ToAsyncEnumerable());

    private static IEnumerable<object?[]> Rows(StaffingComplianceReport report)
    {
        yield return ["地区代码", report.RegionCode];
        yield return ["统计日期", report.AsOf.ToString("yyyy-MM-dd")];
        yield return ["委员会数", report.CommitteeCount];
        yield return ["达标委员会数", report.CompliantCount];
        yield return ["未达必须配备标准", report.ShortfallCount];
        yield return ["未达有条件配备标准", report.ConditionalShortfallCount];
        yield return ["调解员数", report.MediatorCount];
        yield return ["专职调解员数", report.FullTimeMediatorCount];
        yield return ["专职比例", report.FullTimeShare];
        yield return [];
        yield return ["目标", "目标值", "实际值", "是否达成", "期限", "依据政策"];
        foreach (var t in report.Targets)
            yield return [t.Metric.ToString(), (double)t.Target, t.Actual, t.Met is { } met ? (met ? "是" : "否") : "无法计算",
                t.Deadline?.ToString("yyyy-MM-dd"), t.Policy.Title];
        yield return [];
        yield return ["类型", "委员会数", "达标数", "未达必须标准", "未达有条件标准", "要求专职人数"];
        foreach (var k in report.ByKind)
            yield return [StaffingExportRows.KindLabel(k.Kind), k.CommitteeCount, k.CompliantCount, k.ShortfallCount, k.ConditionalShortfallCount, k.RequiredMinimum];
        yield return [];
        yield return ["下级地区", "地区代码", "委员会数", "达标数", "未达必须标准", "未达有条件标准", "调解员数", "专职调解员数", "专职比例"];
        foreach (var r in report.ByRegion)
            yield return [r.Name, r.RegionCode, r.CommitteeCount, r.CompliantCount, r.ShortfallCount, r.ConditionalShortfallCount,
                r.MediatorCount, r.FullTimeMediatorCount, r.FullTimeShare];
    }
}
