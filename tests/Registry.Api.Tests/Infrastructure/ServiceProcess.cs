using System.Diagnostics;
using System.Text;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// The registry service as a process of its own (<c>dotnet Registry.Api.dll</c>) on a free loopback port, on a
/// PostgreSQL database that is already migrated and loaded: for the multi-instance tests behind a load balancer, and
/// for benchmarks that measure the service's memory apart from their client. Settings use configuration keys
/// (<c>Auth:SigningKey</c>) and override the defaults (no migration, no demo); the caller gives the signing key, which
/// PostgreSQL requires. Linked into the benchmarks too, so it needs nothing else of the tests but <see cref="PostgresServer"/>.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServiceProcess(Process process, Uri address) => (this.process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>The service's process id, for benchmarks that read its CPU time.</summary>
    public int ProcessId => process.Id;

    /// <summary>What the process wrote to its standard error so far.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>The service's party hash key, which whoever fills its database (the benchmarks' generator) uses too.</summary>
    public const string PartyHashKey = "service-process-party-hash-key-0123456789";

    public static async Task<ServiceProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings,
        string? apiDll = null)
    {
        apiDll ??= typeof(Registry.Api.Hosting.RegistryHost).Assembly.Location;
        var port = PostgresServer.FreePort();
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var configuration = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Registry"] = connectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Seed:Demo"] = "false",
            ["Cases:PartyHashKey"] = PartyHashKey,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) configuration[key] = value;
        foreach (var (key, value) in configuration) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var service = new ServiceProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        service.process.OutputDataReceived += (_, _) => { };
        service.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (service.output) service.output.AppendLine(e.Data); };
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (service.process.HasExited)
                throw new InvalidOperationException($"The service exited with {service.process.ExitCode}:\n{service.Output}");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return service;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (DateTime.UtcNow > deadline)
            {
                service.Dispose();
                throw new TimeoutException($"{service.Address} was not ready within 60 s:\n{service.Output}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Resident memory now (VmRSS), in MB.</summary>
    public double ResidentMegabytes() => Status("VmRSS:");

    /// <summary>The most the process has held resident since it started (VmHWM), in MB.</summary>
    public double PeakMegabytes() => Status("VmHWM:");

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0]) / 1024.0;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
