using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Registry.Api.Localization;

/// <summary>
/// The one catalog of Chinese (简体中文) renderings of the messages the API gives: <c>zh-CN.tsv</c> beside this file,
/// one line per message template as the source writes it (<c>{field} must not be empty.</c>) and its rendering, which
/// may use the same holes in any order (<c>{field} 不能为空。</c>). A message is matched against the templates; what
/// fills a hole (a field's name, a value, a phrase such as "contains the control character U+0007") is itself rendered
/// when the catalog has it, and kept as it is otherwise. Codes and fields never change; English stays the default.
/// A test reads every message template in the source and fails when one has no line here.
/// </summary>
public sealed partial class MessageCatalog
{
    private readonly FrozenDictionary<string, string> exact;
    private readonly List<(Regex English, string[] Holes, string Chinese, bool Loose)> patterns = [];
    private readonly HashSet<string> keys = [];

    public static MessageCatalog Chinese { get; } = Load();

    private MessageCatalog(IEnumerable<(string English, string Chinese)> entries)
    {
        var plain = new Dictionary<string, string>();
        foreach (var (english, chinese) in entries)
        {
            keys.Add(KeyOf(english));
            var holes = HoleNames(english);
            if (holes.Count == 0)
            {
                plain[Unescape(english)] = Unescape(chinese);
                continue;
            }
            var unknown = HoleNames(chinese).Except(holes).ToList();
            if (unknown.Count > 0) throw new FormatException($"zh-CN.tsv: '{chinese}' uses holes {string.Join(", ", unknown)} that '{english}' lacks.");
            // A template with no word of its own ("{field} {problem}.") says nothing by itself: it is used only when a
            // phrase in one of its holes is in the catalog, so any other "x y." is not mistaken for it.
            var loose = !Parts(english).Any(p => !p.IsHole && p.Text.Any(char.IsLetter));
            patterns.Add((new Regex("^" + string.Concat(Parts(english).Select(p => p.IsHole ? "(.*?)" : Regex.Escape(p.Text))) + "$",
                RegexOptions.Singleline | RegexOptions.CultureInvariant), holes.ToArray(), chinese, loose));
        }
        exact = plain.ToFrozenDictionary();
        // The most literal text first, so "x must not be empty." wins over a bare "{message}."
        patterns.Sort((a, b) => LiteralLength(b.English) - LiteralLength(a.English));
    }

    /// <summary>True when the catalog has a line for this template (holes compared as <c>{}</c>).</summary>
    public bool Has(string template) => keys.Contains(KeyOf(template));

    /// <summary>The Chinese rendering of <paramref name="message"/>, or the message unchanged when the catalog has none.</summary>
    public string Translate(string message) => TryTranslate(message, 0) ?? message;

    private string? TryTranslate(string message, int depth)
    {
        if (depth > 4 || message.Length == 0) return null;
        if (exact.TryGetValue(message, out var whole)) return whole;
        foreach (var (english, holes, chinese, loose) in patterns)
        {
            var match = english.Match(message);
            if (!match.Success) continue;
            var values = new Dictionary<string, string>();
            var rendered = false;
            for (var i = 0; i < holes.Length; i++)
            {
                var value = match.Groups[i + 1].Value;
                var translated = TryTranslate(value, depth + 1);
                rendered |= translated is not null;
                values.TryAdd(holes[i], translated ?? value);
            }
            if (loose && !rendered) continue;
            var text = new StringBuilder();
            foreach (var part in Parts(chinese)) text.Append(part.IsHole ? values[part.Text] : part.Text);
            return text.ToString();
        }
        return null;
    }

    /// <summary>A template with every hole written <c>{}</c> (escaped braces <c>{{ }}</c> kept): how the test compares.</summary>
    public static string KeyOf(string template) =>
        string.Concat(Parts(template).Select(p => p.IsHole ? "{}" : p.Text.Replace("{", "{{").Replace("}", "}}")));

    private static List<string> HoleNames(string template) => Parts(template).Where(p => p.IsHole).Select(p => p.Text).ToList();

    private static int LiteralLength(Regex english) => english.ToString().Replace("(.*?)", "").Length;

    private static string Unescape(string text) => text.Replace("{{", "{").Replace("}}", "}");

    private readonly record struct Part(bool IsHole, string Text);

    /// <summary>Splits a template into literal text (unescaped) and holes (their names, as the source wrote them).</summary>
    private static List<Part> Parts(string template)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{') { literal.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < template.Length && template[i + 1] == '}') { literal.Append('}'); i++; continue; }
            if (c != '{') { literal.Append(c); continue; }
            var depth = 0;
            var end = i + 1;
            for (; end < template.Length; end++)
            {
                if (template[end] == '{') depth++;
                else if (template[end] == '}' && depth-- == 0) break;
            }
            if (literal.Length > 0) parts.Add(new Part(false, literal.ToString()));
            literal.Clear();
            parts.Add(new Part(true, template[(i + 1)..end]));
            i = end;
        }
        if (literal.Length > 0) parts.Add(new Part(false, literal.ToString()));
        return parts;
    }

    private static MessageCatalog Load()
    {
        using var stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream("Registry.Api.Localization.zh-CN.tsv")
            ?? throw new InvalidOperationException("The embedded resource Localization/zh-CN.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<(string, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"zh-CN.tsv line {number}: write the English template, a tab, then the Chinese.");
            entries.Add((line[..tab].Replace("\\n", "\n"), line[(tab + 1)..].Trim().Replace("\\n", "\n")));
        }
        return new MessageCatalog(entries);
    }
}
