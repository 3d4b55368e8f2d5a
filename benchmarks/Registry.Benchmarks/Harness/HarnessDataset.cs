using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Registry.Api.Hosting;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// The database the harness measures: a fresh one filled by the project's own generator (the <c>generate</c> command,
/// run in-process: migrations, regions, reference data, the roster by binary COPY), or, with <c>BENCH_HARNESS_DATABASE</c>,
/// one generated before (a connection string), to measure again without generating.
/// </summary>
public static class HarnessDataset
{
    /// <param name="national">The whole country (<c>--scale national</c>, about 8 minutes here) rather than the province.</param>
    public static async Task<string> ObtainAsync(string province, int seed, bool national)
    {
        if (Environment.GetEnvironmentVariable("BENCH_HARNESS_DATABASE") is { Length: > 0 } existing)
        {
            Console.WriteLine("dataset: BENCH_HARNESS_DATABASE, generated before");
            return existing;
        }
        var connectionString = await BenchDatabase.CreateAsync("registry_harness");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Registry"] = connectionString,
            ["Cases:PartyHashKey"] = Registry.Api.Tests.Infrastructure.ServiceProcess.PartyHashKey, // the service's own
        }).Build();
        var watch = Stopwatch.StartNew();
        string[] scale = national ? ["--scale", "national"] : ["--scale", "province", "--province", province];
        var code = await GenerateCommand.RunAsync(["generate", .. scale, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            configuration, Console.Out, new TerminalProgress(Console.Error, interactive: false), Console.Error);
        if (code != 0) throw new InvalidOperationException($"generate exited with {code}");
        Console.WriteLine($"dataset: {(national ? "national" : $"province {province}")}, seed {seed}, generated in {watch.Elapsed.TotalSeconds:0.0} s");
        return connectionString;
    }
}
