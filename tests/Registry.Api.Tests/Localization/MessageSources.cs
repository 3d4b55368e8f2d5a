using System.Text;
using System.Text.RegularExpressions;

namespace Registry.Api.Tests.Localization;

/// <summary>
/// Every message the source can give a caller, read from the C# source: the argument after an error code
/// (<c>ErrorCodes.X, "…"</c> or, as a call's argument, <c>"CODE", $"…"</c>) in <c>new DomainError</c>, <c>Guard.Add</c>, <c>new SheetError</c>,
/// <c>SheetError.Of</c>, <c>new InputError</c>, <c>UploadRefusal</c>, <c>AccessRefusal</c>, … — each string literal in it
/// (both branches of a <c>?:</c>, the parts of a <c>+</c>), as a template whose interpolation holes read <c>{}</c>.
/// </summary>
public static partial class MessageSources
{
    public sealed record Template(string File, int Line, string Text)
    {
        /// <summary>The template with every hole as <c>{}</c>, as <see cref="Api.Localization.MessageCatalog.KeyOf"/> writes it.</summary>
        public string Key => Api.Localization.MessageCatalog.KeyOf(Text);
    }

    public static string SourceRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mediation.Registry.sln"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "src");
        }
    }

    public static List<Template> All() =>
        Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => InFile(f, WithoutLineComments(File.ReadAllText(f)))).ToList();

    /// <summary>Blanks comment lines (doc comments quote messages and codes), keeping every offset and line number.</summary>
    private static string WithoutLineComments(string text) =>
        LineComment().Replace(text, m => m.Groups[1].Value + new string(' ', m.Length - m.Groups[1].Length));

    [GeneratedRegex(@"^([ \t]*)//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    // A code written as a literal counts only as a call's argument (after "(" or ","): an upper-case literal elsewhere,
    // such as SQL in a switch arm (=> "TRUE",), is no code.
    [GeneratedRegex("""(ErrorCodes\.\w+|(?<=[(,]\s*)"[A-Z][A-Z_]{2,}")\s*,\s*""")]
    private static partial Regex CodeThenComma();

    public static IEnumerable<Template> InFile(string file, string text)
    {
        foreach (Match m in CodeThenComma().Matches(text))
        {
            var start = m.Index + m.Length;
            var line = text.AsSpan(0, start).Count('\n') + 1;
            foreach (var template in LiteralsOfArgument(text, start))
                yield return new Template(Path.GetRelativePath(SourceRoot, file), line, template);
        }
    }

    /// <summary>The string templates of the argument starting at <paramref name="i"/> (up to a top-level , or closing bracket).</summary>
    private static List<string> LiteralsOfArgument(string s, int i)
    {
        var templates = new List<string>();
        StringBuilder? current = null; // the template being joined with +
        var joinNext = false;
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is '"' or '$' or '@' && TryReadLiteral(s, ref i, out var literal))
            {
                if (current is not null && joinNext) current.Append(literal);
                else
                {
                    if (current is not null) templates.Add(current.ToString());
                    current = new StringBuilder(literal);
                }
                joinNext = false;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0) break;
                depth--;
            }
            else if (c == ',' && depth == 0) break;
            else if (c == ';') break;
            else if (c == '+' && depth == 0) joinNext = true;
            else if (!char.IsWhiteSpace(c) && depth == 0 && current is not null && !joinNext)
            {
                templates.Add(current.ToString());
                current = null;
            }
            i++;
        }
        if (current is not null) templates.Add(current.ToString());
        return templates;
    }

    /// <summary>Reads a C# string literal (regular, verbatim, interpolated) at <paramref name="i"/>; holes kept as <c>{expr}</c>.</summary>
    private static bool TryReadLiteral(string s, ref int i, out string literal)
    {
        literal = "";
        var j = i;
        var interpolated = false;
        var verbatim = false;
        while (j < s.Length && s[j] is '$' or '@')
        {
            if (s[j] == '$') interpolated = true; else verbatim = true;
            j++;
        }
        if (j >= s.Length || s[j] != '"') return false;
        if (j + 2 < s.Length && s[j + 1] == '"' && s[j + 2] == '"') return false; // raw literals: none carries a message
        j++;
        var text = new StringBuilder();
        while (j < s.Length)
        {
            var c = s[j];
            if (c == '"')
            {
                if (verbatim && j + 1 < s.Length && s[j + 1] == '"') { text.Append('"'); j += 2; continue; }
                j++;
                break;
            }
            if (c == '\\' && !verbatim)
            {
                var e = s[j + 1];
                text.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                if (e == 'u') { text.Length--; text.Append((char)Convert.ToInt32(s.Substring(j + 2, 4), 16)); j += 6; continue; }
                j += 2;
                continue;
            }
            if (interpolated && c == '{')
            {
                if (s[j + 1] == '{') { text.Append("{{"); j += 2; continue; }
                var end = HoleEnd(s, j);
                text.Append('{').Append(s, j + 1, end - j - 1).Append('}');
                j = end + 1;
                continue;
            }
            if (interpolated && c == '}' && j + 1 < s.Length && s[j + 1] == '}') { text.Append("}}"); j += 2; continue; }
            if (!interpolated && c is '{' or '}') { text.Append(c).Append(c); j++; continue; }
            text.Append(c);
            j++;
        }
        literal = text.ToString();
        i = j;
        return true;
    }

    /// <summary>The index of the brace closing the hole opened at <paramref name="open"/>, past nested brackets and strings.</summary>
    private static int HoleEnd(string s, int open)
    {
        var depth = 0;
        for (var k = open + 1; k < s.Length; k++)
        {
            var c = s[k];
            if (c == '"')
            {
                for (k++; k < s.Length && s[k] != '"'; k++) if (s[k] == '\\') k++;
                continue;
            }
            if (c == '\'') { k += s[k + 1] == '\\' ? 3 : 2; continue; }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']') depth--;
            else if (c == '}')
            {
                if (depth == 0) return k;
                depth--;
            }
        }
        throw new FormatException($"Unclosed interpolation hole at {open}.");
    }
}
