using System.Globalization;

namespace Registry.Domain.Common;

/// <summary>
/// What text a person can read and a database can store alike: no control characters (NUL, which PostgreSQL cannot
/// even store, ESC, BS…), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069: "‮" makes a name
/// read backwards), no unpaired surrogates, and at least one character that shows (a name of zero-width spaces or
/// fillers is no name). Line breaks and tabs only where a field is meant to hold several lines.
/// </summary>
public static class PlainText
{
    /// <summary>Null when <paramref name="text"/> is plain; otherwise what is wrong with it, for a message.</summary>
    public static string? Problem(string text, bool multiline = false)
    {
        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible = true;
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) return "contains a broken character (an unpaired UTF-16 surrogate)";
            if (multiline && c is '\n' or '\r' or '\t') continue;
            if (char.IsControl(c)) return $"contains the control character U+{(int)c:X4}";
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return $"contains the bidirectional control U+{(int)c:X4}, which changes how the text reads";
            if (!IsInvisible(c)) visible = true;
        }
        return visible || text.Length == 0 ? null : "has no visible character (only spaces, zero-width or filler characters)";
    }

    /// <summary>Characters that show nothing: spaces, format characters (zero-width space, joiners, BOM…) and fillers.</summary>
    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u180E' or '\u034F';
}
