using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Registry.Api.Http;

/// <summary>
/// Writes an export's rows to the response as they come from the database, holding none of them, so memory stays flat
/// however many rows a region has (a province's 50 thousand committees, a nation's 690 thousand).
/// <list type="bullet">
/// <item>CSV: UTF-8 with a byte-order mark (without it Excel reads the Chinese as the local code page), CRLF, each row
/// written to the response body as it is read, cells by <see cref="SpreadsheetCells.Csv"/>.</item>
/// <item>XLSX: MiniExcel writes the sheets row by row (without <c>FastMode</c>, which would buffer the sheet to seek back).
/// It writes its zip entries synchronously, which Kestrel refuses on a response body, so the workbook goes to a
/// temporary file (deleted on close) on a worker thread and is then copied to the response: memory stays flat, the
/// disk holds the file for the length of the request. Cells by <see cref="SpreadsheetCells.XlsxValue"/>: text as
/// text, never a formula.</item>
/// </list>
/// Every check (token, jurisdiction, arguments) is the caller's, made before: once the first byte is sent the status is
/// 200, and a failure while rows are read can only cut the response short.
/// </summary>
public static class StreamedExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's width for every column: no sheet measures its text (ClosedXML needed libgdiplus for that).</summary>
    private const double ColumnWidth = 18;

    /// <summary>The sheet as <c>{fileName}.csv</c>, or the sheets as <c>{fileName}.xlsx</c>, by <paramref name="extension"/>.</summary>
    public static IResult File(string extension, string fileName, params ExportSheet[] sheets) =>
        extension == "csv" ? Csv(fileName + ".csv", sheets[0]) : Xlsx(fileName + ".xlsx", sheets);

    public static IResult Csv(string fileName, ExportSheet sheet) =>
        Results.Stream(body => WriteCsvAsync(body, sheet), CsvType, fileName);

    public static IResult Xlsx(string fileName, params ExportSheet[] sheets) =>
        Results.Stream(body => WriteXlsxAsync(body, sheets), XlsxType, fileName);

    public static async Task WriteCsvAsync(Stream output, ExportSheet sheet)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        text.NewLine = "\r\n";
        var line = new StringBuilder();
        await foreach (var row in sheet.AllRows())
        {
            line.Clear();
            for (var c = 0; c < row.Length; c++) line.Append(c == 0 ? "" : ",").Append(SpreadsheetCells.Csv(row[c]));
            await text.WriteLineAsync(line);
        }
    }

    public static async Task WriteXlsxAsync(Stream output, IReadOnlyList<ExportSheet> sheets)
    {
        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var width = sheets.Max(s => s.Width);
        var configuration = new OpenXmlConfiguration
        {
            FastMode = false,
            DynamicColumns = [.. Enumerable.Range(0, width).Select(c => new DynamicExcelColumn(Key(c)) { Width = ColumnWidth })],
        };
        // Rows are read from the database as MiniExcel asks for them, on this worker thread: one thread per export
        // waits on the database, none on the response.
        await Task.Run(() =>
        {
            var workbook = sheets.ToDictionary(s => s.Name, s => (object)Cells(s));
            MiniExcel.SaveAs(file, workbook, printHeader: false, excelType: ExcelType.XLSX, configuration: configuration);
        });
        file.Position = 0;
        await file.CopyToAsync(output);
    }

    /// <summary>Each row as MiniExcel takes one, keyed by column (<see cref="Key"/>), with values made safe and typed.</summary>
    private static IEnumerable<IDictionary<string, object?>> Cells(ExportSheet sheet)
    {
        foreach (var row in sheet.AllRows().ToBlockingEnumerable())
        {
            var cells = new Dictionary<string, object?>(row.Length);
            for (var c = 0; c < row.Length; c++) cells[Key(c)] = SpreadsheetCells.XlsxValue(row[c]);
            yield return cells;
        }
    }

    private static readonly string[] Keys = [.. Enumerable.Range(0, 64).Select(c => "c" + c)];

    private static string Key(int column) => column < Keys.Length ? Keys[column] : "c" + column;
}
