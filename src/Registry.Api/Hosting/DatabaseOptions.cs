namespace Registry.Api.Hosting;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Turn off in production and migrate as a release step.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// With <c>ConnectionStrings:RegistryRead</c>: the most a replica may trail the primary (seconds) and still serve
    /// reads. A client that must read its own write at once sends the read with the write (a mutation's payload).
    /// </summary>
    public double MaxReplicaLagSeconds { get; set; } = 5;
}
