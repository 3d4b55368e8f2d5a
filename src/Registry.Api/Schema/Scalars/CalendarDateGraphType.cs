using System.Globalization;
using GraphQLParser.AST;

namespace Registry.Api.Schema.Scalars;

/// <summary>
/// The <c>Date</c> scalar: a calendar day written <c>yyyy-MM-dd</c>, with no time or zone, from <see cref="Earliest"/>
/// to <see cref="Latest"/>. Nothing the registry records lies outside (no mediator born before 1900, no committee before
/// 1949), and the bounds keep day arithmetic far from DateOnly's ends: <c>to: "9999-12-31"</c> plus one day would fail.
/// </summary>
public sealed class CalendarDateGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day, written yyyy-MM-dd.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        DateOnly d => InRange(d, d.ToString(Format, CultureInfo.InvariantCulture)),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dt => DateOnly.FromDateTime(dt).ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? InRange(day, text)
            : throw new FormatException($"'{Shown(text)}' is not a date: write it as yyyy-MM-dd.");

    private static DateOnly InRange(DateOnly day, string text) =>
        day >= Earliest && day <= Latest
            ? day
            : throw new FormatException($"'{text}' is outside the dates the registry records ({Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}).");

    /// <summary>The text quoted back, cut short: a megabyte of "date" need not come back in the answer.</summary>
    private static string Shown(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
