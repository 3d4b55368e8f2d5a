using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;

namespace Registry.Api.Tests.Browser;

/// <summary>
/// The real service with the demo roster, listening on a real 127.0.0.1 port (Kestrel, not the in-memory test server)
/// so that Chromium can reach it; its pages are the ones the build put in wwwroot.
/// </summary>
public abstract class BrowserApp : RegistryApp
{
    /// <summary>
    /// How long a test waits for an export's download: the page asks the service for the whole file first, which on two
    /// cores busy with the rest of the suite took longer than the 20 s every other wait gets (a timeout once in CI).
    /// </summary>
    public static readonly Microsoft.Playwright.PageRunAndWaitForDownloadOptions Download = new() { Timeout = 60_000 };

    /// <summary>
    /// Every Expect waits up to 15 s, not Playwright's 5 s: on two cores busy with the rest of the suite a mutation and
    /// the list it reloads took longer than 5 s.
    /// </summary>
    static BrowserApp() => Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);

    protected BrowserApp(DatabaseProvider provider) : base(provider, demo: true)
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1")).First();
    }

    public string BaseUrl { get; }

    /// <summary>A fresh browser context (its own storage) on this service, at a desktop size unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var chromium = await Chromium.GetAsync();
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        return page;
    }

    /// <summary>Errors the pages wrote to their console or threw; a test of a page that works expects none.</summary>
    public List<string> ConsoleErrors { get; } = [];
}

public sealed class SqliteBrowserApp() : BrowserApp(DatabaseProvider.Sqlite);

public sealed class PostgresBrowserApp() : BrowserApp(DatabaseProvider.Postgres);
