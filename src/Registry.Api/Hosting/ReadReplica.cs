namespace Registry.Api.Hosting;

/// <summary>
/// The optional read replica (<c>ConnectionStrings:RegistryRead</c>, a PostgreSQL streaming standby): GraphQL queries and
/// exports read there while it is reachable and no more than <c>Database:MaxReplicaLagSeconds</c> behind; mutations,
/// uploads, the reads inside them and the audit of personal-data reads stay on the primary. Its lag is watched by
/// <see cref="ReplicaLagMonitor"/>; a stale or silent replica sends reads back to the primary until it recovers.
/// </summary>
public sealed class ReadReplica(string primary, string? replica, double maxLagSeconds)
{
    private volatile ReplicaReading reading = ReplicaReading.None;

    public bool Configured => replica is not null;
    public string? ConnectionString => replica;
    public double MaxLagSeconds => maxLagSeconds;

    /// <summary>The monitor's latest reading.</summary>
    public ReplicaReading Reading => reading;

    /// <summary>Reads may go to the replica now.</summary>
    public bool Usable => Configured && reading.Reachable && reading.LagSeconds <= maxLagSeconds;

    internal void Observe(ReplicaReading latest) => reading = latest;

    /// <summary>
    /// Points <paramref name="db"/> at the replica for read-only work when it is usable and the context holds no open
    /// connection or transaction; disposing the result points it back at the primary. Null when the primary serves.
    /// </summary>
    public IDisposable? ReadFrom(RegistryDbContext db)
    {
        if (!Usable || db.Database.CurrentTransaction is not null
            || db.Database.GetDbConnection().State != System.Data.ConnectionState.Closed) return null;
        db.Database.SetConnectionString(replica);
        return new BackToPrimary(db, primary);
    }

    private sealed class BackToPrimary(RegistryDbContext db, string primary) : IDisposable
    {
        public void Dispose()
        {
            db.ChangeTracker.Clear();
            if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Closed) db.Database.CloseConnection();
            db.Database.SetConnectionString(primary);
        }
    }
}

/// <summary>Whether the replica answered its last check, and how far behind the primary it was.</summary>
public sealed record ReplicaReading(bool Reachable, double LagSeconds, DateTimeOffset At, string? Problem)
{
    public static readonly ReplicaReading None = new(false, double.PositiveInfinity, DateTimeOffset.MinValue, "not checked yet");
}
