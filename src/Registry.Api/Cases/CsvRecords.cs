using System.Text;

namespace Registry.Api.Cases;

/// <summary>
/// A small RFC 4180 reader: comma-separated, fields optionally in double quotes (a quote inside doubled), quoted fields
/// may span lines. Yields each record with its record number (header = 1), as a spreadsheet numbers rows.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Number, string[] Cells)> Read(TextReader reader)
    {
        var cells = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var number = 1;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
            }
            else if (ch == '"' && field.Length == 0) quoted = true;
            else if (ch == ',') { cells.Add(field.ToString()); field.Clear(); }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                cells.Add(field.ToString());
                field.Clear();
                yield return (number++, cells.ToArray());
                cells.Clear();
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            yield return (number, cells.ToArray());
        }
    }
}
