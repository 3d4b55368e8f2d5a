using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Registry.Benchmarks;

/// <summary>
/// The registry service as a process of its own on a free loopback port, on PostgreSQL with the roster already
/// migrated and loaded, so that what it allocates is measured apart from the benchmark's client.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process, Uri address) => (this.process, Address) = (process, address);

    public Uri Address { get; }

    public static async Task<ServiceProcess> StartAsync(string apiDll, string connectionString, string signingKey)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Registry"] = connectionString;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Seed__Demo"] = "false";
        start.Environment["Auth__SigningKey"] = signingKey;
        start.Environment["Cases__PartyHashKey"] = "benchmark-party-hash-key-0123456789";
        start.Environment["Limits__ExecutionTimeoutSeconds"] = "600";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[service] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = service.Address };
        for (var waited = 0; ; waited += 200)
        {
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return service;
            }
            catch (HttpRequestException) when (waited < 60_000) { }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
