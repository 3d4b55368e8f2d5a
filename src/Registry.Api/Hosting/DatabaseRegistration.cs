using Registry.Data.Diagnostics;

namespace Registry.Api.Hosting;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the context for the configured provider as <see cref="RegistryDbContext"/>. The SQLite default needs no
    /// configuration at all: <c>Data Source=data/registry.db</c>, folder created if missing.
    /// </summary>
    public static IServiceCollection AddRegistryDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(configuration.GetSection("Seed").Get<SeedOptions>() ?? new SeedOptions());
        services.AddSingleton<SqlCommandCounter>();
        var connection = configuration.GetConnectionString("Registry");
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connection ??= RegistryDatabase.DefaultSqliteConnection;
                EnsureSqliteFolder(connection);
                services.AddDbContext<RegistryDbContext, SqliteRegistryDbContext>((sp, b) =>
                    RegistryDatabase.Configure(b, DatabaseProvider.Sqlite, connection).AddInterceptors(sp.GetRequiredService<SqlCommandCounter>()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Registry is empty.");
                services.AddDbContext<RegistryDbContext, PostgresRegistryDbContext>((sp, b) =>
                    RegistryDatabase.Configure(b, DatabaseProvider.Postgres, connection).AddInterceptors(sp.GetRequiredService<SqlCommandCounter>()));
                break;
        }
        return services;
    }

    private static void EnsureSqliteFolder(string connection)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
