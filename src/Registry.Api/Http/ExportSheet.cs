namespace Registry.Api.Http;

/// <summary>
/// One sheet of an export: its name (the XLSX tab), its header row (null when the sheet has none, as the staffing
/// summary), how many columns it has, and its rows, read from the database as <see cref="StreamedExport"/> writes them.
/// An export only describes its sheets; the writer owns the file format and the formula-injection rules.
/// </summary>
public sealed record ExportSheet(string Name, IReadOnlyList<string>? Header, int Width, IAsyncEnumerable<object?[]> Rows)
{
    /// <summary>A sheet whose first row is <paramref name="header"/>, as wide as it.</summary>
    public ExportSheet(string name, IReadOnlyList<string> header, IAsyncEnumerable<object?[]> rows) : this(name, header, header.Count, rows) { }

    /// <summary>The header (if any) and then the rows, each padded or cut to <see cref="Width"/> cells.</summary>
    public async IAsyncEnumerable<object?[]> AllRows()
    {
        if (Header is not null) yield return [.. Header];
        await foreach (var row in Rows)
        {
            if (row.Length == Width) yield return row;
            else
            {
                var fitted = new object?[Width];
                Array.Copy(row, fitted, Math.Min(row.Length, Width));
                yield return fitted;
            }
        }
    }
}
