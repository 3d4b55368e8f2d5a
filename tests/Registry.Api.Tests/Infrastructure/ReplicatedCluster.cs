using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL primary and a streaming standby made from it by <c>pg_basebackup</c>, both throwaway clusters on
/// loopback (not the shared test server), for the replica and failover tests. With <c>synchronous</c> the primary
/// acknowledges a commit only once the standby has it, so no acknowledged write is lost when the primary dies.
/// Each cluster's folder carries the owner file of <see cref="PostgresServer"/>, so an orphan is cleaned up the same way.
/// </summary>
public sealed class ReplicatedCluster : IDisposable
{
    private const string StandbyName = "standby1";
    private readonly string binDir = PostgresServer.FindBinDir();
    private readonly bool asRoot = Environment.IsPrivilegedProcess;
    private readonly string password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private readonly string primaryRoot = NewRoot();
    private readonly string standbyRoot = NewRoot();

    public int PrimaryPort { get; } = PostgresServer.FreePort();
    public int StandbyPort { get; } = PostgresServer.FreePort();

    private ReplicatedCluster() { }

    public static ReplicatedCluster Start(bool synchronous)
    {
        var cluster = new ReplicatedCluster();
        try
        {
            cluster.StartPrimary(synchronous);
            cluster.StartStandby();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public string Primary(string database = "postgres") => Connection(PrimaryPort, database);

    public string Standby(string database = "postgres") => Connection(StandbyPort, database);

    /// <summary>Both hosts; Npgsql picks the one that is primary now, rechecking each host's role every second.</summary>
    public string MultiHost(string database) => new NpgsqlConnectionStringBuilder(Primary(database))
    {
        Host = $"127.0.0.1:{PrimaryPort},127.0.0.1:{StandbyPort}",
        TargetSessionAttributes = "primary",
        HostRecheckSeconds = 1,
        Timeout = 3,
    }.ConnectionString;

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Primary());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public async Task CatchUpAsync()
    {
        string target;
        await using (var primary = new NpgsqlConnection(Primary()))
        {
            await primary.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
            target = (string)(await command.ExecuteScalarAsync())!;
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await OnStandbyAsync<bool>($"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn")) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The standby did not replay up to {target} in 30 s.");
            await Task.Delay(50);
        }
    }

    public Task PauseReplayAsync() => OnStandbyAsync<object>("SELECT pg_wal_replay_pause()");

    public Task ResumeReplayAsync() => OnStandbyAsync<object>("SELECT pg_wal_replay_resume()");

    /// <summary>Kills the primary as a crash would (immediate shutdown: no checkpoint, no goodbye to clients).</summary>
    public void CrashPrimary() =>
        PostgresServer.Run(Path.Combine(binDir, "pg_ctl"), ["-D", DataDir(primaryRoot), "-m", "immediate", "-w", "stop"], primaryRoot, asRoot)
            .ThrowIfFailed("pg_ctl stop (primary)");

    /// <summary>Promotes the standby to primary and waits until it accepts writes.</summary>
    public void PromoteStandby() =>
        PostgresServer.Run(Path.Combine(binDir, "pg_ctl"), ["-D", DataDir(standbyRoot), "-w", "-t", "60", "promote"], standbyRoot, asRoot)
            .ThrowIfFailed("pg_ctl promote (standby)");

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        PostgresServer.StopAndDelete(binDir, standbyRoot);
        PostgresServer.StopAndDelete(binDir, primaryRoot);
    }

    private async Task<T> OnStandbyAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Standby());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is T typed ? typed : default!;
    }

    private void StartPrimary(bool synchronous)
    {
        var pwFile = Path.Combine(primaryRoot, "pwfile");
        File.WriteAllText(pwFile, password + "\n");
        Own(primaryRoot);
        PostgresServer.Run(Path.Combine(binDir, "initdb"),
            ["-D", DataDir(primaryRoot), "--username=postgres", $"--pwfile={pwFile}", "--auth=scram-sha-256", "--encoding=UTF8",
             "--no-locale", "--no-sync", "--no-instructions"], primaryRoot, asRoot).ThrowIfFailed("initdb (primary)");
        File.Delete(pwFile);
        var options = new List<string>
        {
            $"-p {PrimaryPort}", $"-k '{primaryRoot}'", "-c listen_addresses=127.0.0.1", "-c wal_level=replica",
            "-c max_wal_senders=5", "-c max_connections=100", "-c shared_buffers=32MB", "-c fsync=off",
        };
        if (synchronous) options.AddRange([$"-c synchronous_standby_names={StandbyName}", "-c synchronous_commit=on"]);
        Start(primaryRoot, string.Join(' ', options), "primary");
    }

    private void StartStandby()
    {
        // -R writes primary_conninfo (with this application name, which the primary waits for when synchronous) and standby.signal.
        var source = $"host=127.0.0.1 port={PrimaryPort} user=postgres password={password} application_name={StandbyName}";
        Own(standbyRoot);
        PostgresServer.Run(Path.Combine(binDir, "pg_basebackup"),
            ["-d", source, "-D", DataDir(standbyRoot), "-R", "-X", "stream", "--no-sync"], standbyRoot, asRoot).ThrowIfFailed("pg_basebackup");
        Start(standbyRoot, string.Join(' ', $"-p {StandbyPort}", $"-k '{standbyRoot}'", "-c listen_addresses=127.0.0.1",
            "-c hot_standby=on", "-c max_connections=100", "-c shared_buffers=32MB", "-c fsync=off"), "standby");
    }

    private void Start(string root, string options, string what)
    {
        var log = Path.Combine(root, "server.log");
        var started = PostgresServer.Run(Path.Combine(binDir, "pg_ctl"), ["-D", DataDir(root), "-l", log, "-o", options, "-w", "-t", "60", "start"], root, asRoot);
        if (started.ExitCode != 0)
            throw new PostgresServerUnavailableException($"pg_ctl start ({what}) failed.\n{started}\n--- server log ---\n{PostgresServer.ReadLog(log)}");
    }

    private string Connection(int port, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = port, Username = "postgres", Password = password, Database = database, IncludeErrorDetail = true,
    }.ConnectionString;

    private void Own(string root)
    {
        if (asRoot) PostgresServer.Run("chown", ["-R", "postgres:postgres", root], root, asPostgres: false).ThrowIfFailed("chown");
    }

    private static string DataDir(string root) => Path.Combine(root, "data");

    private static string NewRoot()
    {
        var root = Path.Combine(Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath(),
            PostgresServer.DirPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(root);
        else Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(root, PostgresServer.OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return root;
    }
}
