using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Registry.Benchmarks;

/// <summary>
/// Requests per second a running service answers through real HTTP for the three small shapes clients ask most: a
/// committee page with totalCount, a page with nested appointments and mediators, and a <c>node</c> lookup. Any
/// instance will do (the embedded demo, a generated PostgreSQL roster); each shape runs for a fixed time with a number
/// of concurrent clients over keep-alive connections, after a warm-up, and prints requests per second with the p50 and
/// p95 latency. An answer that is not a 200 without errors stops the run: a fast error is not a result.
/// </summary>
public static class HttpLoadBenchmark
{
    private const string Page = "{ committees(first: 20) { totalCount nodes { id name kind regionCode } pageInfo { endCursor hasNextPage } } }";
    private const string NestedPage =
        "{ committees(first: 10) { nodes { id name appointments { role employment mediator { id name gender } } } } }";
    private const string Node = "query($id: ID!) { node(id: $id) { id ... on Committee { name kind regionCode } } }";

    public static async Task RunAsync(string[] args)
    {
        var url = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5000/graphql";
        var clients = int.Parse(args.ElementAtOrDefault(1) ?? "16");
        var seconds = double.Parse(args.ElementAtOrDefault(2) ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        var token = Environment.GetEnvironmentVariable("REGISTRY_BENCH_TOKEN");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        if (!string.IsNullOrWhiteSpace(token)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var firstId = (await PostAsync(http, url, Page, null))["data"]!["committees"]!["nodes"]![0]!["id"]!.GetValue<string>();

        Console.WriteLine($"{url}, {clients} clients, {seconds:0.#} s a shape");
        Console.WriteLine($"{"shape",-12} {"req/s",9} {"p50 ms",8} {"p95 ms",8}");
        foreach (var (shape, query, variables) in new[]
                 {
                     ("page", Page, (JsonObject?)null),
                     ("nested", NestedPage, null),
                     ("node", Node, new JsonObject { ["id"] = firstId }),
                 })
        {
            await LoadAsync(http, url, query, variables, clients, 1.0); // warm-up: JIT, connections, caches
            var (rate, p50, p95) = await LoadAsync(http, url, query, variables, clients, seconds);
            Console.WriteLine($"{shape,-12} {rate,9:0} {p50,8:0.0} {p95,8:0.0}");
        }
    }

    private static async Task<(double Rate, double P50, double P95)> LoadAsync(HttpClient http, string url, string query, JsonObject? variables,
        int clients, double seconds)
    {
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (clock.Elapsed < until)
            {
                var started = clock.Elapsed;
                await PostAsync(http, url, query, variables?.DeepClone().AsObject());
                mine.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return (all.Length / clock.Elapsed.TotalSeconds, all[all.Length / 2], all[(int)(all.Length * 0.95)]);
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string url, string query, JsonObject? variables)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString();
        using var response = await http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        var answer = JsonNode.Parse(text)!;
        if (!response.IsSuccessStatusCode || answer["errors"] is not null)
            throw new InvalidOperationException($"{(int)response.StatusCode} from {url}: {text[..Math.Min(text.Length, 500)]}");
        return answer;
    }
}
