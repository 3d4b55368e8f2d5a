using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Api.Localization;

/// <summary>
/// For a caller who asks for Chinese (<c>Accept-Language: zh-CN</c>), renders every <c>message</c> of a JSON answer —
/// GraphQL errors and userErrors, upload row errors, refusals of every endpoint — through <see cref="MessageCatalog"/>,
/// in one place for every transport. Nothing else in the answer changes (codes, fields, data); other callers get the
/// answer as it was written.
/// </summary>
public sealed class ChineseMessages(RequestDelegate next)
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task InvokeAsync(HttpContext http)
    {
        http.Response.Headers.Append("Vary", "Accept-Language");
        if (!MessageLanguage.PrefersChinese(http.Request) || http.Request.Path.StartsWithSegments("/assets"))
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        buffer.Position = 0;
        if (!IsJson(http.Response.ContentType) || buffer.Length == 0)
        {
            await buffer.CopyToAsync(original, http.RequestAborted);
            return;
        }
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(buffer);
        }
        catch (JsonException)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
            return;
        }
        Translate(document);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, Output);
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers.ContentLanguage = "zh-CN";
        await original.WriteAsync(bytes, http.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase)
                                    || contentType.StartsWith("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every string property named <c>message</c> (and a problem's <c>title</c> and field <c>errors</c>), anywhere.</summary>
    private static void Translate(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && name is "message" or "title")
                        obj[name] = MessageCatalog.Chinese.Translate(text);
                    else if (name == "errors" && value is JsonObject byField) // ASP.NET's validation problem: { field: [messages] }
                        foreach (var (field, messages) in byField.ToList())
                            byField[field] = messages is JsonArray list
                                ? new JsonArray(list.Select(m => (JsonNode?)(m is JsonValue s && s.TryGetValue<string>(out var t) ? MessageCatalog.Chinese.Translate(t) : m?.DeepClone())).ToArray())
                                : messages?.DeepClone();
                    else Translate(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Translate(item);
                break;
        }
    }
}
