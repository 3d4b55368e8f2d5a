using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// Two real service processes (<see cref="ServiceProcess"/>) behind Debian's haproxy (round robin, health-checked
/// on <c>/health/ready</c>), both reaching PostgreSQL through Debian's PgBouncer in transaction pooling mode. The
/// database is migrated and seeded first by an in-process instance connected directly (EF's migration lock is a
/// session-level advisory lock, which transaction pooling does not keep); the two processes do not migrate.
/// </summary>
public sealed class BalancedInstances : IAsyncDisposable
{
    private readonly List<Process> processes = [];
    private readonly List<ServiceProcess> services = [];
    private readonly string folder = Directory.CreateTempSubdirectory("registry-balanced-").FullName;

    public required string BaseUrl { get; init; }
    public required RegistryApp Migrator { get; init; }

    public static async Task<BalancedInstances> StartAsync()
    {
        await DebianPackages.EnsureAsync(["/usr/sbin/pgbouncer", "/usr/sbin/haproxy"], ["pgbouncer", "haproxy"], "The multi-instance tests");
        var direct = await PostgresServer.Instance.CreateDatabaseAsync("registry_balanced");
        var migrator = new ConfiguredPostgresApp(direct, new Dictionary<string, string>());
        await migrator.Data("{ __typename }");
        var port = PostgresServer.FreePort();
        var instances = new BalancedInstances { BaseUrl = $"http://127.0.0.1:{port}", Migrator = migrator };
        try
        {
            var pooled = instances.StartPgBouncer(new NpgsqlConnectionStringBuilder(direct));
            var keys = new Dictionary<string, string> { ["Auth:SigningKey"] = RegistryApp.SigningKey, ["Cases:PartyHashKey"] = RegistryApp.PartyHashKey };
            instances.services.Add(await ServiceProcess.StartAsync(pooled, keys));
            instances.services.Add(await ServiceProcess.StartAsync(pooled, keys));
            instances.StartHaproxy(port, instances.services[0].Address.Port, instances.services[1].Address.Port);
            await WaitReadyAsync(instances.BaseUrl, instances);
            return instances;
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }
    }

    /// <summary>A GraphQL request through the balancer; returns the body and the instance that answered.</summary>
    public async Task<(JsonObject Body, string Instance)> PostAsync(HttpClient client, string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BaseUrl + "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (body, response.Headers.TryGetValues("X-Registry-Instance", out var values) ? values.Single() : "");
    }

    private string StartPgBouncer(NpgsqlConnectionStringBuilder direct)
    {
        var port = PostgresServer.FreePort();
        File.WriteAllText(Path.Combine(folder, "userlist.txt"), $"\"{direct.Username}\" \"{direct.Password}\"\n");
        File.WriteAllText(Path.Combine(folder, "pgbouncer.ini"), $"""
            [databases]
            registry = host={direct.Host} port={direct.Port} dbname={direct.Database}
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = scram-sha-256
            auth_file = {folder}/userlist.txt
            pool_mode = transaction
            max_client_conn = 400
            default_pool_size = 20
            ignore_startup_parameters = extra_float_digits,options
            logfile = {folder}/pgbouncer.log

            """);
        if (Environment.IsPrivilegedProcess)
            PostgresServer.Run("chown", ["-R", "postgres:postgres", folder], folder, asPostgres: false).ThrowIfFailed("chown");
        // PgBouncer refuses to run as root; as root the folder is handed to the postgres user, as for the test server.
        Launch(Environment.IsPrivilegedProcess ? "runuser" : "/usr/sbin/pgbouncer",
            Environment.IsPrivilegedProcess ? ["-u", "postgres", "--", "/usr/sbin/pgbouncer", $"{folder}/pgbouncer.ini"] : [$"{folder}/pgbouncer.ini"]);
        WaitForPort(port, "pgbouncer");
        // Transaction pooling: no session state survives a transaction, so Npgsql must not reset sessions itself, nor
        // prepare statements (PgBouncer 1.18 cannot keep them; the service prepares unless told Max Auto Prepare=0).
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Database = "registry", Username = direct.Username, Password = direct.Password,
            NoResetOnClose = true, MaxAutoPrepare = 0, IncludeErrorDetail = true,
        }.ConnectionString;
    }

    private void StartHaproxy(int port, int a, int b)
    {
        var config = Path.Combine(folder, "haproxy.cfg");
        File.WriteAllText(config, $"""
            global
              maxconn 400
            defaults
              mode http
              timeout connect 5s
              timeout client 60s
              timeout server 60s
            frontend registry
              bind 127.0.0.1:{port}
              default_backend services
            backend services
              balance roundrobin
              option httpchk GET /health/ready
              server a 127.0.0.1:{a} check inter 1s
              server b 127.0.0.1:{b} check inter 1s

            """); // haproxy refuses a file whose last line has no line feed
        Launch("/usr/sbin/haproxy", ["-db", "-f", config]);
    }

    private void Launch(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var log = Path.Combine(folder, $"{Path.GetFileName(file)}-{process.Id}.log");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (processes) File.AppendAllText(log, e.Data + "\n"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (processes) File.AppendAllText(log, e.Data + "\n"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
    }

    private static void WaitForPort(int port, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var socket = new System.Net.Sockets.TcpClient();
                socket.Connect("127.0.0.1", port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (System.Net.Sockets.SocketException e)
            {
                throw new TimeoutException($"{what} did not listen on {port} within 30 s.", e);
            }
        }
    }

    private static async Task WaitReadyAsync(string baseUrl, BalancedInstances instances)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await client.GetAsync(baseUrl + "/health/ready")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{baseUrl} was not ready within 60 s. Logs:\n{instances.Logs()}");
            await Task.Delay(200);
        }
    }

    private string Logs() => string.Join("\n", Directory.GetFiles(folder, "*.log").Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services) service.Dispose();
        foreach (var process in processes)
        {
            try { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
            catch (InvalidOperationException) { }
            process.Dispose();
        }
        await Migrator.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
