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
    public static async Task<string> ObtainAsync(string province, int seed)
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
        }).Build();
        var watch = Stopwatch.StartNew();
        var code = await GenerateCommand.RunAsync(["generate", "--scale", "province", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--province", province], configuration, Console.Out, new TerminalProgress(Console.Error, interactive: false), Console.Error);
        if (code != 0) throw new InvalidOperationException($"generate exited with {code}");
        Console.WriteLine($"dataset: province {province}, seed {seed}, generated in {watch.Elapsed.TotalSeconds:0.0} s");
        return connectionString;
    }
}
