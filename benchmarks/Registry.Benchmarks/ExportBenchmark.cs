using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Api.Access;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Seeding;
using Registry.Domain.Access;

namespace Registry.Benchmarks;

/// <summary>
/// Times a province's staffing export through real HTTP, as CSV and as XLSX, and prints the service's peak resident
/// memory (VmHWM, what .NET calls the peak working set) for each. The service runs as a process of its own — the API's
/// own Release build (built with this benchmark), or <c>BENCH_API_DLL</c> (another build of Registry.Api.dll, e.g. an older commit's, to
/// compare) — started afresh for each format, so each peak is that format's alone. The roster is the staffing
/// benchmark's (<see cref="ProvinceRoster"/>: 50,000 committees).
/// Usage: dotnet run -c Release --project benchmarks/Registry.Benchmarks -- exports [province=13] [formats=csv,xlsx] [runs=3] [asOf=2020-06-01]
/// </summary>
public static class ExportBenchmark
{
    private const string SigningKey = "benchmark-signing-key-0123456789-abcdefghij";

    public static async Task RunAsync(string[] args)
    {
        var province = args.ElementAtOrDefault(0) ?? "13";
        var formats = (args.ElementAtOrDefault(1) ?? "csv,xlsx").Split(',');
        var runs = int.Parse(args.ElementAtOrDefault(2) ?? "3");
        var asOf = args.ElementAtOrDefault(3) ?? "2020-06-01";

        var external = Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, external);
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_exports");
        await LoadRosterAsync(connectionString, province);

        var api = Environment.GetEnvironmentVariable("BENCH_API_DLL") is { Length: > 0 } given ? given
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Registry.Api/bin/Release/net10.0/Registry.Api.dll"));
        var token = new TokenIssuer(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System).Issue("bench", Role.BureauAdmin, "CN");
        Console.WriteLine($"service: {api}");
        Console.WriteLine($"{"format",-6} {"rows",7} {"MB",7} {"median ms",10} {"min ms",8} {"max ms",8} {"RSS idle MB",12} {"peak MB",8}");
        foreach (var format in formats)
        {
            using var service = await ServiceProcess.StartAsync(connectionString, new Dictionary<string, string>
            {
                ["Auth:SigningKey"] = SigningKey,
                ["Limits:ExecutionTimeoutSeconds"] = "600",
            }, api);
            using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await DownloadAsync(http, $"/exports/staffing-compliance.{format}?regionCode={province}01&asOf={asOf}"); // warm-up: JIT, pools
            var idle = service.ResidentMegabytes();
            var times = new List<double>();
            var (rows, bytes) = (0, 0L);
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                (rows, bytes) = await DownloadAsync(http, $"/exports/staffing-compliance.{format}?regionCode={province}&asOf={asOf}");
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{format,-6} {(format == "csv" ? rows.ToString() : "-"),7} {bytes / 1e6,7:0.0} {times[times.Count / 2],10:0} {times[0],8:0} {times[^1],8:0} " +
                $"{idle,12:0} {service.PeakMegabytes(),8:0}");
        }
    }

    /// <summary>Reads the whole answer as it comes, keeping none of it; the rows are the CSV's lines less the header.</summary>
    private static async Task<(int Rows, long Bytes)> DownloadAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        var (lines, bytes) = (0, 0L);
        for (int read; (read = await body.ReadAsync(buffer)) > 0; bytes += read)
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return (lines - 1, bytes);
    }

    private static async Task LoadRosterAsync(string connectionString, string province)
    {
        var options = RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(), DatabaseProvider.Postgres, connectionString).Options;
        var watch = Stopwatch.StartNew();
        await using (var db = new PostgresRegistryDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.MigrateAsync();
            await RegionImporter.ImportIfEmptyAsync(db);
            await ReferenceDataSeeder.SeedAsync(db, CancellationToken.None);
            if (await db.Committees.AnyAsync()) return;
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new ProvinceRoster(committees: 50_000, mediators: 200_000, secondAppointments: 30_000).LoadAsync(connection, province);
        Console.WriteLine($"schema, regions, policies and roster (50,000 committees, 200,000 mediators): {watch.ElapsedMilliseconds} ms");
    }
}
