using Microsoft.Playwright;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright (its own <c>playwright install</c> downloads browsers, which cannot
/// work here). Found at <c>REGISTRY_CHROMIUM</c> or <c>/usr/bin/chromium</c>; when missing and this process is root, it is
/// installed with apt-get (chromium and a CJK font), otherwise the tests fail saying how to install it. Never skipped.
/// One browser per test process; each test gets its own context (a fresh profile: cookies, storage).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string PathVariable = "REGISTRY_CHROMIUM";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Chromium? instance;

    private readonly IPlaywright playwright;
    public IBrowser Browser { get; }

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public static async Task<Chromium> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (instance is not null) return instance;
            var path = await FindOrInstallAsync();
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                // The closed network: no sync, updates or QUIC probes that would hang or fill the log.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            AppDomain.CurrentDomain.ProcessExit += (_, _) => browser.CloseAsync().GetAwaiter().GetResult();
            return instance = new Chromium(playwright, browser);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> FindOrInstallAsync()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path)
            return File.Exists(path) ? path : throw new InvalidOperationException($"{PathVariable}={path} does not exist.");
        await DebianPackages.EnsureAsync(["/usr/bin/chromium"], ["chromium", "fonts-noto-cjk"], "The browser tests");
        return "/usr/bin/chromium";
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
