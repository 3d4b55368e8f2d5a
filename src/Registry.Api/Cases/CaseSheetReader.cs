using Registry.Api.Http;
using System.Globalization;
using ClosedXML.Excel;

namespace Registry.Api.Cases;

/// <summary>
/// Reads case sheets (CSV, UTF-8 with or without BOM; or the first worksheet of an XLSX) into import rows. CSV is read by
/// <see cref="CsvRecords"/>: CsvHelper 34's new API is not worth a dependency for four quoting rules.
/// </summary>
public static class CaseSheetReader
{
    private static readonly char[] ListSeparators = [';', '；', ',', '，', '、', ' ', '\n'];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy年M月d日", "yyyy.M.d"];

    public static CaseSheet ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        if (CsvSheet.BinaryProblem(text) is { } binary) return new CaseSheet([], [SheetError.Of("file", ErrorCodes.Invalid, binary)]);
        var table = new List<(int, string?[])>();
        string[]? header = null;
        foreach (var (number, cells) in CsvSheet.Read(text))
        {
            if (header is null) header = cells;
            else if (cells.Any(c => !string.IsNullOrWhiteSpace(c))) table.Add((number, cells));
        }
        return Convert(header ?? [], table.Select(t => (t.Item1, t.Item2.Select(c => (object?)c).ToArray())).ToList());
    }

    public static CaseSheet ReadXlsx(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null) return new CaseSheet([], [SheetError.Of(null, ErrorCodes.Required, "The first worksheet is empty.")]);
        var lastColumn = used.LastColumn().ColumnNumber();
        var rows = sheet.RowsUsed().ToList();
        var header = Enumerable.Range(1, lastColumn).Select(c => rows[0].Cell(c).GetValue<string>()).ToArray();
        var table = rows.Skip(1).Select(r => (r.RowNumber(), Enumerable.Range(1, lastColumn).Select(c => CellValue(r.Cell(c))).ToArray())).ToList();
        return Convert(header, table);
    }

    private static object? CellValue(IXLCell cell) => cell.IsEmpty() ? null
        : cell.DataType == XLDataType.DateTime ? DateOnly.FromDateTime(cell.GetDateTime())
        : cell.GetValue<string>();

    private static CaseSheet Convert(string[] header, List<(int Number, object?[] Cells)> table)
    {
        var errors = new List<SheetError>();
        var columns = new Dictionary<string, int>();
        var headers = new Dictionary<string, string>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0) continue;
            if (!CaseSheetColumns.Headers.TryGetValue(name, out var field))
                errors.Add(new SheetError(1, name, null, ErrorCodes.Invalid, $"Unknown column '{name}'."));
            else if (!columns.TryAdd(field, i))
                errors.Add(new SheetError(1, name, field, ErrorCodes.Duplicate, $"Column '{name}' repeats {field}."));
            else headers[field] = name;
        }
        foreach (var required in new[] { "externalNumber", "committeeId", "category", "difficulty", "leadMediatorId", "receivedOn" })
            if (!columns.ContainsKey(required)) errors.Add(new SheetError(1, null, required, ErrorCodes.Required, $"The sheet has no {required} column."));
        if (errors.Count > 0) return new CaseSheet([], errors);

        var rows = new List<SheetRow>();
        foreach (var (number, cells) in table)
        {
            object? Cell(string field) => columns.TryGetValue(field, out var i) && i < cells.Length ? cells[i] : null;
            string? Text(string field) => Cell(field) switch { null => null, DateOnly d => d.ToString("yyyy-MM-dd"), var v => v.ToString()?.Trim() is { Length: > 0 } t ? t : null };
            T? Parse<T>(string field, Func<string, T?> parse, string expected) where T : struct
            {
                if (Cell(field) is DateOnly d && typeof(T) == typeof(DateOnly)) return (T)(object)d;
                var text = Text(field);
                if (text is null) return null;
                var value = parse(text);
                if (value is null) errors.Add(new SheetError(number, headers[field], field, ErrorCodes.Invalid, $"'{text}' is not {expected}."));
                return value;
            }
            var row = new CaseImportRow
            {
                ExternalNumber = Text("externalNumber"),
                CommitteeId = Text("committeeId"),
                LeadMediatorId = Text("leadMediatorId"),
                CoMediatorIds = List(Text("coMediatorIds")),
                PartyIdNumbers = List(Text("partyIdNumbers")),
                ReceivedOn = Parse("receivedOn", Date, "a date (yyyy-MM-dd)") ?? default,
                ClosedOn = Parse("closedOn", Date, "a date (yyyy-MM-dd)"),
                FollowUpOn = Parse("followUpOn", Date, "a date (yyyy-MM-dd)"),
                EnteredOn = Parse("enteredOn", Date, "a date (yyyy-MM-dd)"),
                Outcome = Parse("outcome", t => Enum(t, CaseSheetColumns.Outcomes), "an outcome (WRITTEN_AGREEMENT, 书面协议, …)"),
                AgreementFulfilled = Parse("agreementFulfilled", Bool, "yes or no (是/否, true/false)"),
                TurnedCriminal = Parse("turnedCriminal", Bool, "yes or no (是/否, true/false)") ?? false,
            };
            var category = Parse("category", t => Enum(t, CaseSheetColumns.Categories), "a dispute category (MARRIAGE_AND_FAMILY, 婚姻家庭, …)");
            var difficulty = Parse("difficulty", t => Enum(t, CaseSheetColumns.Difficulties), "a difficulty (SIMPLE, 简易, …)");
            if (category is null && Text("category") is null) errors.Add(new SheetError(number, headers["category"], "category", ErrorCodes.Required, "category is required."));
            if (difficulty is null && Text("difficulty") is null) errors.Add(new SheetError(number, headers["difficulty"], "difficulty", ErrorCodes.Required, "difficulty is required."));
            row.Category = category ?? default;
            row.Difficulty = difficulty ?? default;
            rows.Add(new SheetRow(number, row));
        }
        return new CaseSheet(rows, errors) { Headers = headers };
    }

    private static List<string>? List(string? text) =>
        text?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;

    private static bool? Bool(string text) => text.ToLowerInvariant() switch
    {
        "是" or "true" or "yes" or "y" or "1" => true,
        "否" or "false" or "no" or "n" or "0" => false,
        _ => null,
    };

    private static T? Enum<T>(string text, IReadOnlyDictionary<string, T> chinese) where T : struct, System.Enum =>
        chinese.TryGetValue(text, out var value) ? value
        : System.Enum.TryParse<T>(text.Replace("_", ""), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(text, out _) ? parsed
        : null;
}
