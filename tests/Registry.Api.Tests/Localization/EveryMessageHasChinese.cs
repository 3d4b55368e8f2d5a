using Registry.Api.Localization;

namespace Registry.Api.Tests.Localization;

/// <summary>
/// New messages cannot silently stay English: every template the source gives after an error code has a line in
/// <c>src/Registry.Api/Localization/zh-CN.tsv</c>. <c>WRITE_MISSING_MESSAGES=path</c> writes the missing ones there
/// (template, tab), ready to be rendered.
/// </summary>
public sealed class EveryMessageHasChinese
{
    [Fact]
    public void TheSourceGivesMessagesAndTheCatalogRendersEachOfThem()
    {
        var templates = MessageSources.All();
        Assert.True(templates.Count > 200, $"only {templates.Count} message templates found: is the scan broken?");
        var missing = templates.Where(t => !MessageCatalog.Chinese.Has(t.Text)).DistinctBy(t => t.Key).ToList();
        if (Environment.GetEnvironmentVariable("WRITE_MISSING_MESSAGES") is { Length: > 0 } path)
            File.WriteAllLines(path, missing.Select(t => $"{t.Text.Replace("\n", "\\n")}\t"));
        Assert.True(missing.Count == 0,
            $"{missing.Count} messages have no Chinese in Localization/zh-CN.tsv:\n" + string.Join("\n", missing.Select(t => $"{t.File}:{t.Line}: {t.Text}")));
    }

    /// <summary>A refusal names what a permission covers (AccessRules.Describe) inside its sentence: each phrase has Chinese.</summary>
    [Fact]
    public void EveryPermissionsPhraseHasChinese()
    {
        var untranslated = Enum.GetValues<Domain.Access.Permission>().Select(Domain.Access.AccessRules.Describe)
            .Where(phrase => MessageCatalog.Chinese.Translate(phrase) == phrase).ToList();
        Assert.True(untranslated.Count == 0, "No Chinese in zh-CN.tsv for: " + string.Join("; ", untranslated));
    }
}
