using System.Globalization;
using GraphQLParser.AST;

namespace Registry.Api.Schema.Scalars;

/// <summary>The <c>Date</c> scalar: a calendar day written <c>yyyy-MM-dd</c>, with no time or zone.</summary>
public sealed class CalendarDateGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

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
        DateOnly d => d,
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
            ? day
            : throw new FormatException($"'{text}' is not a date: write it as yyyy-MM-dd.");
}
