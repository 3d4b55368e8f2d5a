using System.Globalization;
using System.Text;

namespace Registry.Benchmarks.Harness;

/// <summary>The harness's figures as progress lines while it runs and as Markdown tables at the end.</summary>
public static class HarnessTables
{
    public static string OperationLine(OperationResult o) => o.Error is not null
        ? $"{o.Name,-44} API error: {Shorten(o.Error)}"
        : Invariant($"{o.Name,-44} API p50 {o.Api.P50,8:0.0} p95 {o.Api.P95,8:0.0} ms | SQL p50 {o.Sql.P50,8:0.0} p95 {o.Sql.P95,8:0.0} ms | ") +
                    Invariant($"{o.Ratio,5:0.00}x | {(o.Agrees ? "agree" : "MISMATCH")} {o.FromApi} | load {o.LoadAverage}");

    public static string LoadLine(LoadRun r) =>
        Invariant($"{r.Shape,-12} {r.Server,-13} round {r.Round}: {r.RequestsPerSecond,7:0} req/s, p50 {r.P50,6:0.0} ms, p95 {r.P95,6:0.0} ms, server CPU {r.CpuMsPerRequest,5:0.00} ms/req | load {r.LoadAverage}");

    public static string Markdown(HarnessResults results)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{(results.National ? "National data (seed 1), Hebei (13) and CN" : "Hebei (province 13, seed 1)")}, {results.Clients} clients, {results.Seconds:0.#} s a measurement; load average before {results.LoadAverageBefore}, after {results.LoadAverageAfter}."));
        text.AppendLine();
        text.AppendLine("| operation | API p50 ms | API p95 ms | SQL p50 ms | SQL p95 ms | API/SQL | runs | figures checked | load avg |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var o in results.Operations)
        {
            text.AppendLine(o.Error is not null
                ? $"| {o.Name} | error | | | | | | {Shorten(o.Error).Replace("|", "/", StringComparison.Ordinal)} | {o.LoadAverage} |"
                : Invariant($"| {o.Name} | {o.Api.P50:0.0} | {o.Api.P95:0.0} | {o.Sql.P50:0.0} | {o.Sql.P95:0.0} | {o.Ratio:0.00} | {o.Api.Count} | ") +
                            Invariant($"{(o.Agrees ? "" : "MISMATCH ")}{o.FromApi} | {o.LoadAverage} |"));
        }
        if (results.Committees is { } committees)
        {
            var data = (double)committees.Nation / committees.Province;
            text.AppendLine().AppendLine(Invariant($"Growth from the province to the nation: {committees.Nation:N0} committees against {committees.Province:N0} ({data:0.0}×)."));
            text.AppendLine().AppendLine("| operation | province p50 ms | nation p50 ms | time × | data × | time × / data × |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, province, nation) in results.Growth())
                text.AppendLine(Invariant($"| {name} | {province:0.0} | {nation:0.0} | {nation / province:0.0} | {data:0.0} | {nation / province / data:0.00} |"));
        }
        text.AppendLine();
        text.AppendLine(results.LoadSignedIn ? "The registry's load clients send a bureau admin's bearer token; PostGraphile's none." : "Both servers' load clients are anonymous.");
        text.AppendLine();
        text.AppendLine("| shape | registry req/s | PostGraphile req/s | registry/PostGraphile | CPU ms/req (registry; PostGraphile) | rounds (registry; PostGraphile) |");
        text.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var (shape, ours, theirs, _) in results.ShapeSummary())
        {
            string Rounds(string server) => string.Join(", ", results.Load.Where(r => r.Shape == shape && r.Server == server)
                .Select(r => Invariant($"{r.RequestsPerSecond:0} (load {r.LoadAverage.Split(' ')[0]})")));
            text.AppendLine(theirs is { } p
                ? Invariant($"| {shape} | {ours:0} | {p:0} | {ours / p:0.00} | {Cpu(results, shape, "registry"):0.00}; {Cpu(results, shape, "postgraphile"):0.00} | {Rounds("registry")}; {Rounds("postgraphile")} |")
                : Invariant($"| {shape} | {ours:0} | – | – | {Cpu(results, shape, "registry"):0.00} | {Rounds("registry")} |"));
        }
        if (results.Load.Any(r => r.Server == "baseline"))
        {
            text.AppendLine().AppendLine("| shape | registry req/s | baseline build req/s | registry/baseline | baseline/PostGraphile | CPU ms/req (registry; baseline) | baseline rounds |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
            foreach (var (shape, ours, theirs, before) in results.ShapeSummary().Where(s => s.Baseline is not null))
            {
                var rounds = string.Join(", ", results.Load.Where(r => r.Shape == shape && r.Server == "baseline")
                    .Select(r => Invariant($"{r.RequestsPerSecond:0} (load {r.LoadAverage.Split(' ')[0]})")));
                text.AppendLine(Invariant($"| {shape} | {ours:0} | {before:0} | {ours / before:0.00} | {(theirs is { } p ? (before / p)?.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | ") +
                                Invariant($"{Cpu(results, shape, "registry"):0.00}; {Cpu(results, shape, "baseline"):0.00} | {rounds} |"));
            }
        }
        if (results.PeerError is not null) text.AppendLine().AppendLine($"PostGraphile not measured: {Shorten(results.PeerError)}");
        return text.ToString();
    }

    /// <summary>A server's mean CPU time per request over a shape's rounds.</summary>
    private static double Cpu(HarnessResults results, string shape, string server) =>
        results.Load.Where(r => r.Shape == shape && r.Server == server).Select(r => r.CpuMsPerRequest).DefaultIfEmpty(double.NaN).Average();

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text.ReplaceLineEndings(" ");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
