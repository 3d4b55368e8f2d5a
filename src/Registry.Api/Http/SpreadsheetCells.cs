using System.Globalization;

namespace Registry.Api.Http;

/// <summary>
/// Writes values a bureau opens in Excel so that none runs as a formula (CSV injection, OWASP): a name such as
/// <c>=HYPERLINK("http://…")</c> must arrive as that text, not as a link or a command.
/// </summary>
public static class SpreadsheetCells
{
    /// <summary>What a spreadsheet takes as the start of a formula in a CSV cell (OWASP's list).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A CSV field: text that a spreadsheet would run is prefixed with an apostrophe (shown as text, the apostrophe
    /// hidden by Excel), then quoted as RFC 4180 asks. Numbers are written as numbers: a negative count stays a number.
    /// </summary>
    public static string Csv(object? value) => value switch
    {
        null => "",
        string text => Quote(text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text),
        IFormattable number => Quote(number.ToString(null, CultureInfo.InvariantCulture)),
        var other => Csv(other.ToString()),
    };

    /// <summary>
    /// An XLSX cell's value as <see cref="StreamedExport"/> hands it to MiniExcel, which writes a string as a text cell,
    /// never a formula, whatever it starts with: numbers stay numbers, a day becomes a date cell, anything else text.
    /// </summary>
    public static object? XlsxValue(object? value) => value switch
    {
        null => null,
        string text => text,
        int or long or double or decimal or float or short => value,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        DateTime moment => moment,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>RFC 4180 quoting, only where a field needs it.</summary>
    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";
}
