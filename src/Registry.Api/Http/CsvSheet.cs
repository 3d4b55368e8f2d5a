using System.Text;

namespace Registry.Api.Http;

/// <summary>
/// Reads an uploaded CSV sheet (RFC 4180: quoted fields, doubled quotes, quoted fields spanning lines, CRLF or LF) into
/// records numbered as a spreadsheet numbers its rows (header = 1), cells trimmed. A tab separates fields when the first
/// line has tabs and no commas, as Excel's "Unicode text" export writes.
/// </summary>
public static class CsvSheet
{
    /// <summary>
    /// Why text is no CSV sheet, or null: a NUL character means a binary file (a workbook sent as CSV, say), and no cell
    /// of it could be stored (PostgreSQL takes no NUL) or even looked up.
    /// </summary>
    public static string? BinaryProblem(string text) =>
        text.Contains('\0') ? "The file holds NUL characters, so it is not a CSV text sheet; save it as CSV (UTF-8), or send an .xlsx as one." : null;

    public static IEnumerable<(int Row, string[] Cells)> Read(string text)
    {
        var lineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = text.AsSpan(0, lineEnd >= 0 ? lineEnd : text.Length);
        var separator = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var cells = new List<string>();
        var cell = new StringBuilder();
        var row = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                yield return (row++, cells.ToArray());
                cells.Clear();
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString().Trim());
            yield return (row, cells.ToArray());
        }
    }
}
