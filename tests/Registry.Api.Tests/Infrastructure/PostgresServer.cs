using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for tests, one per test process (lazy, thread-safe).
/// <para>
/// If <c>REGISTRY_TEST_POSTGRES</c> is set it must be an Npgsql connection string to a server
/// where the role may CREATE DATABASE; it is used as is.
/// Otherwise a throwaway cluster is created in a fresh temp folder and started on a free
/// 127.0.0.1 port (as the <c>postgres</c> OS user via <c>runuser</c> when this process is root,
/// because the server refuses to run as root). It is stopped and deleted at process exit.
/// </para>
/// <para>
/// Authentication of the throwaway cluster: <c>scram-sha-256</c> for every connection, with a
/// random per-cluster password for the <c>postgres</c> superuser (initdb <c>--pwfile</c>). It
/// only listens on 127.0.0.1 and on a socket inside its own 0700 folder; the password is not
/// a secret worth protecting, it just keeps other local users out of a root-owned test server.
/// </para>
/// <para>
/// If no server can be obtained, <see cref="Instance"/> throws with the full output of
/// initdb / pg_ctl and the server log. Tests must never skip the database.
/// </para>
/// </summary>
public sealed class PostgresServer
{
    public const string ConnectionStringVariable = "REGISTRY_TEST_POSTGRES";

    /// <summary>Optional override for the folder holding initdb, pg_ctl and postgres.</summary>
    public const string BinDirVariable = "REGISTRY_TEST_PG_BINDIR";

    /// <summary>
    /// The throwaway cluster's shared_buffers (32MB unless set): small for the tests, which start several clusters;
    /// the benchmarks set a production-like size (Registry.Benchmarks' Program).
    /// </summary>
    public const string SharedBuffersVariable = "REGISTRY_TEST_PG_SHARED_BUFFERS";

    private static string SharedBuffers() =>
        Environment.GetEnvironmentVariable(SharedBuffersVariable) is { Length: > 0 } buffers ? buffers : "32MB";

    internal const string DirPrefix = "registry-pg-";
    internal const string OwnerFile = "owner.pid";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private static readonly Lazy<PostgresServer> LazyInstance =
        new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly object _gate = new();
    private readonly List<string> _createdDatabases = [];
    private readonly string? _rootDir;
    private readonly string? _binDir;
    private bool _stopped;

    /// <summary>The process-wide server. Starts it on first use; throws if it cannot.</summary>
    public static PostgresServer Instance => LazyInstance.Value;

    /// <summary>Connection string of the administrative role (maintenance database).</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this process started (and owns) the cluster.</summary>
    public bool IsThrowaway => _rootDir is not null;

    /// <summary>Data folder of the throwaway cluster, or null for an external server.</summary>
    public string? DataDirectory => _rootDir is null ? null : Path.Combine(_rootDir, "data");

    /// <summary>Seconds spent obtaining the server (initdb + start for a throwaway cluster).</summary>
    public TimeSpan StartupTime { get; private init; }

    private PostgresServer(string adminConnectionString, string? rootDir, string? binDir)
    {
        AdminConnectionString = adminConnectionString;
        _rootDir = rootDir;
        _binDir = binDir;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>
    /// Creates a fresh, uniquely named, empty database and returns its connection string
    /// (Host, Port, Username, Password, Database, Include Error Detail=true).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string namePrefix, CancellationToken cancellationToken = default)
    {
        var name = UniqueDatabaseName(namePrefix);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // The name is generated from [a-z0-9_] only; quoting keeps it exact anyway. Byte-wise collation (C), but a
            // UTF-8 character classification: pg_trgm takes Chinese characters for letters only then (NameSearch).
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        lock (_gate)
        {
            _createdDatabases.Add(name);
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            IncludeErrorDetail = true,
        };
        return builder.ConnectionString;
    }

    private static string UniqueDatabaseName(string namePrefix)
    {
        var cleaned = new StringBuilder();
        foreach (var c in (namePrefix ?? "").ToLowerInvariant())
        {
            cleaned.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_');
        }

        var prefix = cleaned.ToString().Trim('_');
        if (prefix.Length == 0 || char.IsDigit(prefix[0]))
        {
            prefix = "t_" + prefix;
        }

        if (prefix.Length > 40)
        {
            prefix = prefix[..40];
        }

        // 40 + 1 + 16 = 57 < 63 (NAMEDATALEN - 1).
        return $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
    }

    // ---------------------------------------------------------------- startup

    private static PostgresServer Start()
    {
        var stopwatch = Stopwatch.StartNew();
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(UseExternal(external), null, null) { StartupTime = stopwatch.Elapsed };
        }

        var binDir = FindBinDir();
        CleanUpOrphans(binDir);

        var failures = new StringBuilder();
        const int attempts = 3;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                var (connectionString, rootDir) = StartThrowaway(binDir);
                return new PostgresServer(connectionString, rootDir, binDir) { StartupTime = stopwatch.Elapsed };
            }
            catch (PortInUseException e)
            {
                // Another process grabbed the port between probing and binding: try another.
                failures.AppendLine($"--- attempt {attempt} ---").AppendLine(e.Message);
            }
        }

        throw new PostgresServerUnavailableException(
            $"Could not start a throwaway PostgreSQL cluster after {attempts} attempts.\n{failures}");
    }

    private static string UseExternal(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e)
        {
            throw new PostgresServerUnavailableException(
                $"{ConnectionStringVariable} is not a valid Npgsql connection string: {e.Message}", e);
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        builder.IncludeErrorDetail = true;
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user";
            if (command.ExecuteScalar() is not true)
            {
                throw new PostgresServerUnavailableException(
                    $"The role in {ConnectionStringVariable} may not CREATE DATABASE.");
            }
        }
        catch (Exception e) when (e is not PostgresServerUnavailableException)
        {
            throw new PostgresServerUnavailableException(
                $"Cannot connect to the server given by {ConnectionStringVariable} " +
                $"(Host={builder.Host};Port={builder.Port};Username={builder.Username}): {e}", e);
        }

        return builder.ConnectionString;
    }

    private static (string ConnectionString, string RootDir) StartThrowaway(string binDir)
    {
        var asRoot = Environment.IsPrivilegedProcess;
        // As root the server runs as `postgres`, which must be able to reach the folder:
        // /tmp is world-traversable, a TMPDIR under /root may not be.
        var tempBase = asRoot ? "/tmp" : Path.GetTempPath();
        var rootDir = Path.Combine(tempBase, DirPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(rootDir);
        }
        else
        {
            Directory.CreateDirectory(rootDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var dataDir = Path.Combine(rootDir, "data");
        var logFile = Path.Combine(rootDir, "server.log");
        var pwFile = Path.Combine(rootDir, "pwfile");
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var started = false;
        try
        {
            File.WriteAllText(Path.Combine(rootDir, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(pwFile, password + "\n");
            if (asRoot)
            {
                Run("chown", ["-R", "postgres:postgres", rootDir], rootDir, asPostgres: false).ThrowIfFailed("chown");
            }

            Run(Path.Combine(binDir, "initdb"),
                [
                    "-D", dataDir,
                    "--username=postgres",
                    $"--pwfile={pwFile}",
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--no-locale",
                    "--no-sync",
                    "--no-instructions",
                ],
                rootDir, asRoot).ThrowIfFailed("initdb");
            File.Delete(pwFile);

            var port = FreePort();
            var serverOptions = string.Join(' ',
                $"-p {port}",
                $"-k '{rootDir}'",
                "-c listen_addresses=127.0.0.1",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                $"-c shared_buffers={SharedBuffers()}");
            var start = Run(Path.Combine(binDir, "pg_ctl"),
                ["-D", dataDir, "-l", logFile, "-o", serverOptions, "-w", "-t", "60", "start"],
                rootDir, asRoot);
            if (start.ExitCode != 0)
            {
                var log = ReadLog(logFile);
                var message = $"pg_ctl start failed on port {port}.\n{start}\n--- server log ---\n{log}";
                if (log.Contains("Address already in use", StringComparison.Ordinal))
                {
                    throw new PortInUseException(message);
                }

                throw new PostgresServerUnavailableException(message);
            }

            started = true;
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = IPAddress.Loopback.ToString(),
                Port = port,
                Username = "postgres",
                Password = password,
                Database = "postgres",
                IncludeErrorDetail = true,
            };

            try
            {
                using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Open();
            }
            catch (Exception e)
            {
                throw new PostgresServerUnavailableException(
                    $"The throwaway cluster started but refuses connections: {e}\n--- server log ---\n{ReadLog(logFile)}", e);
            }

            return (builder.ConnectionString, rootDir);
        }
        catch
        {
            if (started)
            {
                TryRun(Path.Combine(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"], rootDir, asRoot);
            }

            TryDelete(rootDir);
            throw;
        }
    }

    internal static string ReadLog(string logFile)
    {
        try
        {
            return File.Exists(logFile) ? File.ReadAllText(logFile) : "(no server log)";
        }
        catch (Exception e)
        {
            return $"(cannot read {logFile}: {e.Message})";
        }
    }

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>
    /// Picks the newest installation that has initdb, pg_ctl and postgres: the
    /// REGISTRY_TEST_PG_BINDIR override, else `pg_config --bindir`, /usr/lib/postgresql/*/bin
    /// and initdb on PATH.
    /// </summary>
    internal static string FindBinDir()
    {
        var overridden = Environment.GetEnvironmentVariable(BinDirVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            if (!HasServerBinaries(overridden))
            {
                throw new PostgresServerUnavailableException(
                    $"{BinDirVariable}={overridden} does not contain initdb, pg_ctl and postgres.");
            }

            return overridden;
        }

        var candidates = new List<string>();
        var pgConfig = TryRun("pg_config", ["--bindir"], Environment.CurrentDirectory, asPostgres: false);
        if (pgConfig is { ExitCode: 0 })
        {
            candidates.Add(pgConfig.StdOut.Trim());
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")));
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = new FileInfo(Path.Combine(dir, "initdb"));
            if (initdb.Exists)
            {
                var target = initdb.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb.FullName;
                candidates.Add(Path.GetDirectoryName(target)!);
            }
        }

        var best = candidates
            .Select(d => d.TrimEnd('/'))
            .Distinct()
            .Where(HasServerBinaries)
            .Select(d => (Dir: d, Version: ServerVersion(d)))
            .Where(c => c.Version is not null)
            .OrderByDescending(c => c.Version)
            .FirstOrDefault();

        return best.Dir ?? throw new PostgresServerUnavailableException(
            "No PostgreSQL server binaries (initdb, pg_ctl, postgres) found via pg_config --bindir, " +
            $"/usr/lib/postgresql/*/bin or PATH. Candidates: [{string.Join(", ", candidates)}]. " +
            $"Install PostgreSQL, set {BinDirVariable}, or set {ConnectionStringVariable}.");
    }

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) &&
        File.Exists(Path.Combine(dir, "pg_ctl")) &&
        File.Exists(Path.Combine(dir, "postgres"));

    private static Version? ServerVersion(string binDir)
    {
        var result = TryRun(Path.Combine(binDir, "postgres"), ["--version"], binDir, asPostgres: false);
        var match = result is { ExitCode: 0 } ? Regex.Match(result.StdOut, @"(\d+)(?:\.(\d+))?") : Match.Empty;
        return match.Success
            ? new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0)
            : null;
    }

    // ---------------------------------------------------------------- shutdown

    /// <summary>Best effort: stops and deletes a throwaway cluster, drops databases on an external one.</summary>
    private void Stop()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
        }
        catch
        {
            // best effort
        }

        if (_rootDir is null)
        {
            DropCreatedDatabases();
            return;
        }

        StopAndDelete(_binDir!, _rootDir);
    }

    /// <summary>
    /// `pg_ctl stop -m immediate` then `rm -rf`, run by a detached shell (setsid -f) so that it
    /// completes even when the test runner kills this process right after ProcessExit starts
    /// (vstest does). Waits up to 10 s for the folder to disappear.
    /// </summary>
    internal static void StopAndDelete(string binDir, string rootDir)
    {
        var dataDir = Path.Combine(rootDir, "data");
        var pgCtl = Path.Combine(binDir, "pg_ctl");
        var asRoot = Environment.IsPrivilegedProcess;
        var stop = asRoot ? "runuser -u postgres -- \"$1\"" : "\"$1\"";
        var script = $"exec </dev/null >/dev/null 2>&1; {stop} -D \"$2\" -m immediate -w -t 10 stop; rm -rf \"$3\"";
        var detached = TryRun("setsid", ["-f", "sh", "-c", script, "sh", pgCtl, dataDir, rootDir], "/", asPostgres: false);
        if (detached is not { ExitCode: 0 })
        {
            TryRun(pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "-t", "10", "stop"], rootDir, asRoot);
            TryDelete(rootDir);
            return;
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.Exists(rootDir) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }

    private void DropCreatedDatabases()
    {
        try
        {
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            foreach (var name in _createdDatabases)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                command.ExecuteNonQuery();
            }
        }
        catch
        {
            // best effort
        }
    }

    /// <summary>
    /// Clusters left behind by test processes that were killed before ProcessExit ran
    /// (their owner.pid names a process that no longer exists): stop and delete them.
    /// </summary>
    private static void CleanUpOrphans(string binDir)
    {
        try
        {
            var bases = new[] { "/tmp", Path.GetTempPath() }.Select(p => p.TrimEnd('/')).Distinct();
            foreach (var dir in bases.Where(Directory.Exists).SelectMany(b => Directory.GetDirectories(b, DirPrefix + "*")))
            {
                var ownerFile = Path.Combine(dir, OwnerFile);
                if (!File.Exists(ownerFile)
                    || !int.TryParse(File.ReadAllText(ownerFile).Trim(), out var owner)
                    || ProcessExists(owner))
                {
                    continue;
                }

                StopAndDelete(binDir, dir);
            }
        }
        catch
        {
            // best effort
        }
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch
        {
            return true;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch
        {
            // best effort
        }
    }

    // ---------------------------------------------------------------- processes

    private static CommandResult? TryRun(string fileName, string[] arguments, string workingDirectory, bool asPostgres)
    {
        try
        {
            return Run(fileName, arguments, workingDirectory, asPostgres);
        }
        catch
        {
            return null;
        }
    }

    /// <summary>Runs a command (through `runuser -u postgres --` when asked), capturing all output.</summary>
    internal static CommandResult Run(string fileName, string[] arguments, string workingDirectory, bool asPostgres)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : fileName,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", fileName])
            {
                startInfo.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The server must speak English in its messages regardless of the host's locale.
        startInfo.Environment["LC_MESSAGES"] = "C";
        startInfo.Environment.Remove("PGDATA");
        startInfo.Environment.Remove("PGPORT");

        var display = string.Join(' ', startInfo.ArgumentList.Prepend(startInfo.FileName));
        using var process = new Process { StartInfo = startInfo };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            throw new PostgresServerUnavailableException($"Cannot run `{display}`: {e.Message}", e);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(CommandTimeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch
            {
                // already gone
            }

            throw new PostgresServerUnavailableException(
                $"`{display}` did not finish within {CommandTimeout.TotalSeconds} s.\nstdout:\n{stdout}\nstderr:\n{stderr}");
        }

        process.WaitForExit(); // flush the asynchronous readers
        return new CommandResult(display, process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    internal sealed record CommandResult(string CommandLine, int ExitCode, string StdOut, string StdErr)
    {
        public void ThrowIfFailed(string what)
        {
            if (ExitCode != 0)
            {
                throw new PostgresServerUnavailableException($"{what} failed.\n{this}");
            }
        }

        public override string ToString() =>
            $"$ {CommandLine}\nexit code {ExitCode}\n--- stdout ---\n{StdOut}--- stderr ---\n{StdErr}";
    }

    private sealed class PortInUseException(string message) : Exception(message);
}

/// <summary>No PostgreSQL server could be obtained for the tests. Never caught to skip a test.</summary>
public sealed class PostgresServerUnavailableException : Exception
{
    public PostgresServerUnavailableException(string message) : base(message)
    {
    }

    public PostgresServerUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
