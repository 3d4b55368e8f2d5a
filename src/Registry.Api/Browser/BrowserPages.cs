using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Registry.Api.Browser;

/// <summary>
/// The pages built from <c>web/</c> into <c>wwwroot</c> by the project's build: the 简体中文 console at <c>/</c> and its
/// assets under <c>/assets/</c>; GraphiQL is served by <see cref="Http.GraphQLEndpoint"/> on a browser's GET /graphql.
/// </summary>
public static class BrowserPages
{
    public const string ConsolePage = "index.html";
    public const string GraphiQLPage = "graphiql.html";

    public static WebApplication MapBrowserPages(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            // Bundles are rebuilt in place under the same names: a browser asks again rather than keeping a stale one.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet("/", (HttpContext http) => SendAsync(http, ConsolePage));
        return app;
    }

    /// <summary>Writes one of the built pages, or a plain 503 saying how to build them when wwwroot has none.</summary>
    public static async Task SendAsync(HttpContext http, string page)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(page);
        http.Response.Headers.CacheControl = "no-cache";
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The browser pages are not built: run `dotnet build src/Registry.Api` (it runs npm ci and the web build).");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }

    /// <summary>True when a GET's Accept header prefers text/html to every JSON type (a browser's address bar, not a client).</summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)) return false;
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return false;
        double QualityOf(Func<MediaTypeHeaderValue, bool> match) =>
            accept.Where(match).Select(m => m.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = QualityOf(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var json = QualityOf(m => m.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || m.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));
        return html > 0 && html > json;
    }
}
