using System.Text;

namespace Registry.Api.Training;

/// <summary>
/// Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows with their line numbers. A tab
/// separates fields when the first line has tabs and no commas, as "Unicode text" exports from Excel do.
/// </summary>
internal static class CsvRows
{
    public static IEnumerable<(int Row, string[] Cells)> Read(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var n and >= 0 ? n : text.Length));
        var separator = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var cells = new List<string>();
        var cell = new StringBuilder();
        var row = 1;
        var startRow = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') row++; cell.Append(c); }
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                yield return (startRow, cells.ToArray());
                cells.Clear();
                startRow = ++row;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString().Trim());
            yield return (startRow, cells.ToArray());
        }
    }
}
