using System.Globalization;
using ClosedXML.Excel;
using Registry.Api.Cases;
using Registry.Api.Http;
using Registry.Domain.Disputes;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>
/// Reads a screening sheet — CSV (by <see cref="CsvSheet"/>, as case sheets) or the first worksheet of an XLSX — into
/// rows. Headers may be the English field names or Chinese; categories take the case sheets' Chinese names
/// (<see cref="CaseSheetColumns.Categories"/>). Unreadable cells are errors naming row and column.
/// </summary>
public static class ScreeningSheetReader
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["committeeId"] = "committeeId", ["调委会ID"] = "committeeId", ["调解委员会ID"] = "committeeId",
        ["screenedOn"] = "screenedOn", ["排查日期"] = "screenedOn",
        ["kind"] = "kind", ["排查类型"] = "kind",
        ["category"] = "category", ["纠纷类别"] = "category", ["纠纷类型"] = "category",
        ["riskLevel"] = "riskLevel", ["风险等级"] = "riskLevel",
        ["summary"] = "summary", ["情况摘要"] = "summary", ["简要情况"] = "summary",
        ["parties"] = "parties", ["当事人"] = "parties",
    };

    private static readonly Dictionary<string, ScreeningKind> Kinds = new()
    {
        ["定期排查"] = ScreeningKind.Routine, ["日常排查"] = ScreeningKind.Routine, ["专项排查"] = ScreeningKind.Special, ["重点时段排查"] = ScreeningKind.KeyPeriod,
    };

    private static readonly Dictionary<string, RiskLevel> Levels = new()
    {
        ["低"] = RiskLevel.Low, ["一般"] = RiskLevel.Medium, ["中"] = RiskLevel.Medium, ["较大"] = RiskLevel.High, ["高"] = RiskLevel.High, ["重大"] = RiskLevel.Major,
    };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy年M月d日", "yyyy.M.d"];

    public static (List<ScreeningSheetRow> Rows, List<SheetError> Errors) ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var records = CsvSheet.Read(reader.ReadToEnd()).ToList();
        if (records.Count == 0) return ([], [new SheetError(null, null, null, ErrorCodes.Required, "The sheet is empty.")]);
        return Convert(records[0].Cells, records.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0))
            .Select(r => (r.Row, r.Cells.Select(c => (object?)c).ToArray())).ToList());
    }

    public static (List<ScreeningSheetRow> Rows, List<SheetError> Errors) ReadXlsx(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null) return ([], [new SheetError(null, null, null, ErrorCodes.Required, "The first worksheet is empty.")]);
        var last = used.LastColumn().ColumnNumber();
        var rows = sheet.RowsUsed().ToList();
        var header = Enumerable.Range(1, last).Select(c => rows[0].Cell(c).GetValue<string>()).ToArray();
        return Convert(header, rows.Skip(1).Select(r => (r.RowNumber(), Enumerable.Range(1, last).Select(c => Cell(r.Cell(c))).ToArray())).ToList());
    }

    private static object? Cell(IXLCell cell) => cell.IsEmpty() ? null
        : cell.DataType == XLDataType.DateTime ? DateOnly.FromDateTime(cell.GetDateTime()) : cell.GetValue<string>();

    private static (List<ScreeningSheetRow>, List<SheetError>) Convert(string[] header, List<(int Number, object?[] Cells)> table)
    {
        var errors = new List<SheetError>();
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0) continue;
            if (!Headers.TryGetValue(name, out var field)) errors.Add(new SheetError(1, name, null, ErrorCodes.Invalid, $"Unknown column '{name}'."));
            else if (!columns.TryAdd(field, i)) errors.Add(new SheetError(1, name, field, ErrorCodes.Duplicate, $"Column '{name}' repeats {field}."));
        }
        foreach (var required in new[] { "committeeId", "screenedOn" })
            if (!columns.ContainsKey(required)) errors.Add(new SheetError(1, null, required, ErrorCodes.Required, $"The sheet has no {required} column."));
        if (errors.Count > 0) return ([], errors);

        var rows = new List<ScreeningSheetRow>();
        foreach (var (number, cells) in table)
        {
            object? Raw(string field) => columns.TryGetValue(field, out var i) && i < cells.Length ? cells[i] : null;
            string? Text(string field) => Raw(field) switch { null => null, DateOnly d => d.ToString("yyyy-MM-dd"), var v => v.ToString()?.Trim() is { Length: > 0 } t ? t : null };
            T? Parse<T>(string field, Func<string, T?> parse, string expected) where T : struct
            {
                var text = Text(field);
                if (text is null) return null;
                var value = parse(text);
                if (value is null) errors.Add(new SheetError(number, null, field, ErrorCodes.Invalid, $"'{text}' is not {expected}."));
                return value;
            }
            var day = Raw("screenedOn") is DateOnly d ? d : Parse("screenedOn", Date, "a date (yyyy-MM-dd)");
            if (day is null && Text("screenedOn") is null) errors.Add(new SheetError(number, null, "screenedOn", ErrorCodes.Required, "screenedOn is required."));
            var kind = Parse("kind", t => Enum(t, Kinds), "a kind (ROUTINE, SPECIAL, KEY_PERIOD, 定期排查, …)") ?? ScreeningKind.Routine;
            var category = Parse("category", t => Enum(t, CaseSheetColumns.Categories), "a dispute category (NEIGHBOURS, 邻里, …)");
            var level = Parse("riskLevel", t => Enum(t, Levels), "a risk level (LOW, MEDIUM, HIGH, MAJOR, 低, 一般, 较大, 重大)");
            rows.Add(new ScreeningSheetRow(number, Text("committeeId"), day ?? default, kind, category, level, Text("summary"), Text("parties")));
        }
        return (rows, errors);
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static T? Enum<T>(string text, IReadOnlyDictionary<string, T> chinese) where T : struct, System.Enum =>
        chinese.TryGetValue(text, out var value) ? value
        : System.Enum.TryParse<T>(text.Replace("_", ""), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(text, out _) ? parsed
        : null;
}
