using Npgsql;

namespace Registry.Api.Hosting;

/// <summary>
/// Asks the replica once a second how far its replay trails what it has received: zero when it has replayed all it
/// received (or is no longer in recovery, having been promoted), else the age of the last transaction it replayed.
/// </summary>
public sealed class ReplicaLagMonitor(ReadReplica replica, TimeProvider clock, ILogger<ReplicaLagMonitor> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private const string LagSql = """
        SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0
                    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(replica.ConnectionString) { Timeout = 2, CommandTimeout = 2 };
        var wasUsable = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            ReplicaReading reading;
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using var command = new NpgsqlCommand(LagSql, connection);
                var lag = (double)(await command.ExecuteScalarAsync(stoppingToken))!;
                reading = new ReplicaReading(true, lag, clock.GetUtcNow(), null);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                reading = new ReplicaReading(false, double.PositiveInfinity, clock.GetUtcNow(), e.Message);
            }
            replica.Observe(reading);
            if (replica.Usable != wasUsable)
            {
                wasUsable = replica.Usable;
                log.LogWarning("Read replica {State}: lag {Lag:F1} s (at most {Max} s) {Problem}",
                    wasUsable ? "in use" : "set aside, reads go to the primary", reading.LagSeconds, replica.MaxLagSeconds, reading.Problem);
            }
            try { await Task.Delay(Interval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
