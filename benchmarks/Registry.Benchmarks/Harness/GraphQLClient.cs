using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// POSTs GraphQL requests to one endpoint over keep-alive connections. An answer that is not a 200 with data and
/// without errors throws: a fast error is not a result.
/// </summary>
public sealed class GraphQLClient : IDisposable
{
    private readonly HttpClient http;

    public GraphQLClient(Uri endpoint, string? token, int connections)
    {
        Endpoint = endpoint;
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
        {
            Timeout = TimeSpan.FromMinutes(5),
        };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri Endpoint { get; }

    /// <summary>The answer's <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, JsonObject? variables = null, CancellationToken ct = default)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString();
        using var response = await http.PostAsync(Endpoint, new StringContent(body, Encoding.UTF8, "application/json"), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var answer = text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null;
        if (!response.IsSuccessStatusCode || answer?["errors"] is not null || answer?["data"] is not JsonObject data)
            throw new InvalidOperationException($"{(int)response.StatusCode} from {Endpoint}: {text[..Math.Min(text.Length, 600)]}");
        return data;
    }

    public void Dispose() => http.Dispose();
}
