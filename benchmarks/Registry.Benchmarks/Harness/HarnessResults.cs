using System.Text.Json;

namespace Registry.Benchmarks.Harness;

/// <summary>Everything one harness run measured, written as JSON under benchmarks/results.</summary>
public sealed class HarnessResults(double seconds, int clients, string loadAverageBefore, bool national = false)
{
    public bool National { get; } = national;
    public DateTime StartedUtc { get; } = DateTime.UtcNow;
    public double Seconds { get; } = seconds;
    public int Clients { get; } = clients;
    public string LoadAverageBefore { get; } = loadAverageBefore;
    public string LoadAverageAfter { get; set; } = "";
    public HarnessScope? Scope { get; set; }
    /// <summary>With <c>--national</c>: the country's scope, beside the province's.</summary>
    public HarnessScope? NationScope { get; set; }
    /// <summary>With <c>--national</c>: the committees existing today in the province and in the country, the data's growth.</summary>
    public (long Province, long Nation)? Committees { get; set; }

    /// <summary>
    /// Each operation asked of both the province and the nation (the same name with the province's code for CN), with
    /// their API medians.
    /// </summary>
    public IEnumerable<(string Name, double Province, double Nation)> Growth() =>
        from p in Operations
        where p.Error is null && Scope is not null
        let nationName = System.Text.RegularExpressions.Regex.Replace(p.Name, $@"\b{Scope!.Province}\b", "CN")
        where nationName != p.Name
        from n in Operations.Where(o => o.Name == nationName && o.Error is null)
        select (p.Name, p.Api.P50, n.Api.P50);
    public List<OperationResult> Operations { get; } = [];
    public List<LoadRun> Load { get; } = [];
    public string? PeerError { get; set; }
    public bool LoadSignedIn { get; set; } = true;

    /// <summary>Per shape, the mean requests per second of each server's rounds (the baseline build's when one was served).</summary>
    public IEnumerable<(string Shape, double Registry, double? PostGraphile, double? Baseline)> ShapeSummary() =>
        Load.GroupBy(r => r.Shape).Select(g => (g.Key, g.Where(r => r.Server == "registry").Average(r => r.RequestsPerSecond),
            Mean(g, "postgraphile"), Mean(g, "baseline")));

    private static double? Mean(IEnumerable<LoadRun> runs, string server) =>
        runs.Where(r => r.Server == server).Select(r => r.RequestsPerSecond).DefaultIfEmpty(double.NaN).Average() is var mean && double.IsNaN(mean)
            ? null : mean;

    public async Task<string> WriteAsync()
    {
        var folder = Environment.GetEnvironmentVariable("BENCH_RESULTS_DIR") is { Length: > 0 } given ? given
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../results"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"harness-{StartedUtc:yyyyMMdd-HHmmss}.json");
        var document = new
        {
            benchmark = "harness",
            startedUtc = StartedUtc,
            machine = new { cores = Environment.ProcessorCount, loadAverageBefore = LoadAverageBefore, loadAverageAfter = LoadAverageAfter },
            dataset = new
            {
                generator = National ? "generate --scale national --seed 1" : "generate --scale province --seed 1 --province 13", scope = Scope,
                nationScope = NationScope, committees = Committees is { } c ? new { province = c.Province, nation = c.Nation } : null,
            },
            growth = Growth().Select(g => new { name = g.Name, provinceP50Ms = Round(g.Province), nationP50Ms = Round(g.Nation), timeRatio = Round(g.Nation / g.Province) }),
            seconds = Seconds,
            clients = Clients,
            loadSignedIn = LoadSignedIn,
            operations = Operations.Select(o => new
            {
                name = o.Name,
                sqlComputes = o.SqlComputes,
                error = o.Error,
                agrees = o.Agrees,
                api = new { runs = o.Api.Count, p50Ms = Round(o.Api.P50), p95Ms = Round(o.Api.P95) },
                sql = new { runs = o.Sql.Count, p50Ms = Round(o.Sql.P50), p95Ms = Round(o.Sql.P95) },
                ratioApiToSql = Round(o.Ratio),
                figuresApi = o.FromApi,
                figuresSql = o.FromSql.Where(f => o.FromApi.ContainsKey(f.Key)).ToDictionary(),
                disagreeing = o.Disagreeing,
                loadAverage = o.LoadAverage,
            }),
            load = Load.Select(r => new
            {
                server = r.Server, shape = r.Shape, round = r.Round, requestsPerSecond = Round(r.RequestsPerSecond), p50Ms = Round(r.P50),
                p95Ms = Round(r.P95), serverCpuMsPerRequest = Round(r.CpuMsPerRequest), loadAverage = r.LoadAverage,
            }),
            shapes = ShapeSummary().Select(s => new
            {
                shape = s.Shape, registry = Round(s.Registry), postgraphile = s.PostGraphile is { } p ? Round(p) : (double?)null,
                ratio = s.PostGraphile is { } q ? Round(s.Registry / q) : (double?)null,
                baseline = s.Baseline is { } b ? Round(b) : (double?)null,
                baselineRatio = s.PostGraphile is { } r && s.Baseline is { } c ? Round(c / r) : (double?)null,
            }),
            peer = new { name = "postgraphile", version = PostGraphilePeer.Version, error = PeerError },
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions
        {
            WriteIndented = true,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");
        return path;
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 2) : double.NaN;
}
