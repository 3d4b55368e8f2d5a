namespace Registry.Data;

/// <summary>The one place that says how each provider is configured, shared by the service and by <c>dotnet ef</c>.</summary>
public static class RegistryDatabase
{
    public const string DefaultSqliteConnection = "Data Source=data/registry.db";

    public static TBuilder Configure<TBuilder>(TBuilder builder, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(RegistryDatabase).Assembly.FullName));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(RegistryDatabase).Assembly.FullName));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider must be Sqlite or Postgres.");
        }
        builder.UseSnakeCaseNamingConvention();
        return builder;
    }
}
