using ClosedXML.Excel;
using Registry.Api.Http;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

/// <summary>The first sheet of the Excel export: the report's counts, targets, kinds and child regions.</summary>
internal static class StaffingSummarySheet
{
    public static void Write(IXLWorksheet sheet, StaffingComplianceReport report)
    {
        var row = 1;
        void Line(params object?[] cells)
        {
            for (var c = 0; c < cells.Length; c++) SpreadsheetCells.Xlsx(sheet.Cell(row, c + 1), cells[c]);
            row++;
        }

        Line("地区代码", report.RegionCode);
        Line("统计日期", report.AsOf.ToString("yyyy-MM-dd"));
        Line("委员会数", report.CommitteeCount);
        Line("达标委员会数", report.CompliantCount);
        Line("未达必须配备标准", report.ShortfallCount);
        Line("未达有条件配备标准", report.ConditionalShortfallCount);
        Line("调解员数", report.MediatorCount);
        Line("专职调解员数", report.FullTimeMediatorCount);
        Line("专职比例", report.FullTimeShare);
        row++;
        Line("目标", "目标值", "实际值", "是否达成", "期限", "依据政策");
        foreach (var t in report.Targets)
            Line(t.Metric.ToString(), (double)t.Target, t.Actual, t.Met is { } met ? (met ? "是" : "否") : "无法计算",
                t.Deadline?.ToString("yyyy-MM-dd"), t.Policy.Title);
        row++;
        Line("类型", "委员会数", "达标数", "未达必须标准", "未达有条件标准", "要求专职人数");
        foreach (var k in report.ByKind)
            Line(StaffingExportRows.KindLabel(k.Kind), k.CommitteeCount, k.CompliantCount, k.ShortfallCount, k.ConditionalShortfallCount, k.RequiredMinimum);
        row++;
        Line("下级地区", "地区代码", "委员会数", "达标数", "未达必须标准", "未达有条件标准", "调解员数", "专职调解员数", "专职比例");
        foreach (var r in report.ByRegion)
            Line(r.Name, r.RegionCode, r.CommitteeCount, r.CompliantCount, r.ShortfallCount, r.ConditionalShortfallCount,
                r.MediatorCount, r.FullTimeMediatorCount, r.FullTimeShare);
        sheet.Columns().Width = 18; // not AdjustToContents: in ClosedXML 0.95 it measures text with System.Drawing, which needs libgdiplus on Linux
    }
}
