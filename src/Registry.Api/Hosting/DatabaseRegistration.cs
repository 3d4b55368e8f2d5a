using Registry.Data.Diagnostics;

namespace Registry.Api.Hosting;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the context for the configured provider as <see cref="RegistryDbContext"/>, pooled: a request rents a
    /// context whose services are built already, and EF resets it when the request ends (tracked rows, tracking
    /// behaviour, command timeout, transaction; <see cref="ReadReplica"/> points it back at the primary itself). The
    /// SQLite default needs no configuration at all: <c>Data Source=data/registry.db</c>, folder created if missing.
    /// </summary>
    public static IServiceCollection AddRegistryDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(configuration.GetSection("Seed").Get<SeedOptions>() ?? new SeedOptions());
        services.AddSingleton<SqlCommandCounter>();
        var connection = configuration.GetConnectionString("Registry");
        var readConnection = configuration.GetConnectionString("RegistryRead");
        if (!string.IsNullOrWhiteSpace(readConnection) && options.Provider != DatabaseProvider.Postgres)
            throw new InvalidOperationException("ConnectionStrings:RegistryRead names a read replica, which needs Database:Provider Postgres.");
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connection ??= RegistryDatabase.DefaultSqliteConnection;
                EnsureSqliteFolder(connection);
                services.AddDbContextPool<RegistryDbContext, SqliteRegistryDbContext>((sp, b) =>
                    RegistryDatabase.Configure(b, DatabaseProvider.Sqlite, connection).AddInterceptors(sp.GetRequiredService<SqlCommandCounter>()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Registry is empty.");
                connection = StatementPreparation.Apply(connection);
                if (!string.IsNullOrWhiteSpace(readConnection)) readConnection = StatementPreparation.Apply(readConnection);
                services.AddDbContextPool<RegistryDbContext, PostgresRegistryDbContext>((sp, b) =>
                    RegistryDatabase.Configure(b, DatabaseProvider.Postgres, connection).AddInterceptors(sp.GetRequiredService<SqlCommandCounter>()));
                if (!string.IsNullOrWhiteSpace(readConnection)) services.AddHostedService<ReplicaLagMonitor>();
                break;
        }
        services.AddSingleton(new ReadReplica(connection!, string.IsNullOrWhiteSpace(readConnection) ? null : readConnection,
            options.MaxReplicaLagSeconds));
        return services;
    }

    /// <summary>GET <c>/exports/…</c> reads from the replica when it is usable (<see cref="ReadReplica"/>).</summary>
    public static IApplicationBuilder UseReadReplicaForExports(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var replica = http.RequestServices.GetRequiredService<ReadReplica>();
        if (!replica.Configured || !HttpMethods.IsGet(http.Request.Method) || !http.Request.Path.StartsWithSegments("/exports"))
        {
            await next(http);
            return;
        }
        using (replica.ReadFrom(http.RequestServices.GetRequiredService<RegistryDbContext>()))
            await next(http);
    });

    private static void EnsureSqliteFolder(string connection)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
