using Registry.Api.Http;
using System.Globalization;
using System.Text;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// A sign-in sheet saved as CSV: a header row, then one attendee a row. Columns by Chinese or English header:
/// 身份证号/idNumber, 姓名/name, 学时/hours, 状态/status (ATTENDED 出席, PARTIAL 部分, ABSENT 缺席, EXCUSED 请假).
/// UTF-8 (with or without BOM) or GB18030, as Excel writes on Chinese Windows.
/// </summary>
public sealed class AttendanceSheet
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["身份证号"] = "idNumber", ["身份证号码"] = "idNumber", ["公民身份号码"] = "idNumber", ["idNumber"] = "idNumber",
        ["姓名"] = "name", ["name"] = "name",
        ["学时"] = "hours", ["hours"] = "hours",
        ["状态"] = "status", ["status"] = "status",
    };

    private static readonly Dictionary<string, AttendanceStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ATTENDED"] = AttendanceStatus.Attended, ["出席"] = AttendanceStatus.Attended, ["参加"] = AttendanceStatus.Attended, ["已参加"] = AttendanceStatus.Attended,
        ["PARTIAL"] = AttendanceStatus.Partial, ["部分"] = AttendanceStatus.Partial, ["部分参加"] = AttendanceStatus.Partial,
        ["ABSENT"] = AttendanceStatus.Absent, ["缺席"] = AttendanceStatus.Absent,
        ["EXCUSED"] = AttendanceStatus.Excused, ["请假"] = AttendanceStatus.Excused,
    };

    public List<AttendeeInput> Lines { get; } = [];
    /// <summary>The sheet's row number (header = 1) of each line.</summary>
    public List<int> Rows { get; } = [];
    /// <summary>The header text the sheet used for each field, to name columns in errors.</summary>
    public Dictionary<string, string> Headers { get; } = [];
    public List<SheetError> Errors { get; } = [];

    public static AttendanceSheet Read(byte[] content)
    {
        var sheet = new AttendanceSheet();
        var text = Decode(content);
        if (CsvSheet.BinaryProblem(text) is { } binary)
        {
            sheet.Errors.Add(new SheetError(1, null, null, ErrorCodes.Invalid, binary));
            return sheet;
        }
        using var rows = CsvSheet.Read(text).GetEnumerator();
        if (!rows.MoveNext())
        {
            sheet.Errors.Add(new SheetError(1, null, null, ErrorCodes.Required, "The sheet is empty; it needs a header row (身份证号, 姓名, 学时, 状态)."));
            return sheet;
        }
        var header = rows.Current.Cells;
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
            if (Columns.TryGetValue(header[i], out var field) && index.TryAdd(field, i)) sheet.Headers[field] = header[i];
        foreach (var required in new[] { "idNumber", "name" })
            if (!index.ContainsKey(required))
                sheet.Errors.Add(new SheetError(1, null, required, ErrorCodes.Required, $"The header row has no {required} column (身份证号/idNumber, 姓名/name, 学时/hours, 状态/status)."));
        if (sheet.Errors.Count > 0) return sheet;

        while (rows.MoveNext())
        {
            var (row, cells) = rows.Current;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            string? Cell(string field) => index.TryGetValue(field, out var i) && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
            decimal? hours = null;
            if (Cell("hours") is { } h)
            {
                if (decimal.TryParse(h, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) hours = value;
                else sheet.Errors.Add(new SheetError(row, sheet.ColumnOf("hours"), "hours", ErrorCodes.Invalid, $"'{h}' is not a number of hours."));
            }
            AttendanceStatus? status = null;
            if (Cell("status") is { } s)
            {
                if (Statuses.TryGetValue(s, out var value)) status = value;
                else sheet.Errors.Add(new SheetError(row, sheet.ColumnOf("status"), "status", ErrorCodes.Invalid, $"'{s}' is not a status: use 出席/ATTENDED, 部分/PARTIAL, 缺席/ABSENT or 请假/EXCUSED."));
            }
            sheet.Lines.Add(new AttendeeInput { IdNumber = Cell("idNumber") ?? "", Name = Cell("name") ?? "", Hours = hours, Status = status });
            sheet.Rows.Add(row);
        }
        return sheet;
    }

    public string ColumnOf(string field) => Headers.GetValueOrDefault(field, field);

    /// <summary>
    /// The cells that could not be read, as errors of the attendees they belong to (<c>["attendees", index, field]</c>),
    /// so the use case reports them with everything else. Only for a sheet whose header row was read.
    /// </summary>
    public List<DomainError> CellErrors() =>
        [.. Errors.Select(e => new DomainError([AttendanceRecorder.Field, Rows.IndexOf(e.Row!.Value).ToString(), e.Field!], e.Code, e.Message))];

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }
}
