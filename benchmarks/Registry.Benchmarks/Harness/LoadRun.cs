using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// Requests per second of one shape against one server: N clients, each sending the next request when its last is
/// answered; and the server process's CPU time per request (not its database's), which a busy machine moves much less
/// than the rate.
/// </summary>
public sealed record LoadRun(string Server, string Shape, int Round, double RequestsPerSecond, double P50, double P95, string LoadAverage,
    double CpuMsPerRequest)
{
    public static async Task<LoadRun> MeasureAsync(string server, GraphQLClient client, LoadShape shape, JsonObject? variables, int clients,
        TimeSpan duration, int round, int? serverPid = null)
    {
        var cpuBefore = serverPid is { } pid ? ProcessCpu.OfPid(pid) : TimeSpan.Zero;
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                await client.DataAsync(shape.Query, variables);
                mine.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = serverPid is { } id ? (ProcessCpu.OfPid(id) - cpuBefore).TotalMilliseconds : double.NaN;
        var all = new Latencies();
        all.AddRange(latencies.SelectMany(l => l));
        return new LoadRun(server, shape.Name, round, all.Count / elapsed, all.P50, all.P95, Machine.LoadAverage(), cpu / all.Count);
    }
}
