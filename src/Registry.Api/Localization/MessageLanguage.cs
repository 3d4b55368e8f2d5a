using Microsoft.Net.Http.Headers;

namespace Registry.Api.Localization;

/// <summary>Which language a caller asked its messages in: Simplified Chinese for <c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>…; English otherwise.</summary>
public static class MessageLanguage
{
    public static bool PrefersChinese(HttpRequest request)
    {
        var languages = request.GetTypedHeaders().AcceptLanguage;
        if (languages is null || languages.Count == 0) return false;
        // The most preferred language decides (the first of equals, as listed).
        var first = languages.Select((l, i) => (Tag: l.Value.Value ?? "", Quality: l.Quality ?? 1, Index: i))
            .Where(l => l.Quality > 0).OrderByDescending(l => l.Quality).ThenBy(l => l.Index).FirstOrDefault();
        return IsSimplifiedChinese(first.Tag);
    }

    private static bool IsSimplifiedChinese(string tag)
    {
        var parts = tag.Split('-');
        if (!parts[0].Equals("zh", StringComparison.OrdinalIgnoreCase)) return false;
        // zh-TW, zh-HK, zh-MO and zh-Hant read Traditional characters: they keep the default.
        return !parts.Skip(1).Any(p => p.Equals("Hant", StringComparison.OrdinalIgnoreCase) || p.Equals("TW", StringComparison.OrdinalIgnoreCase)
                                       || p.Equals("HK", StringComparison.OrdinalIgnoreCase) || p.Equals("MO", StringComparison.OrdinalIgnoreCase));
    }

}
