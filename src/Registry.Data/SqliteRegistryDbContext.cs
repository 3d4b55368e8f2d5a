using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Data;

/// <summary>The embedded default store; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override RegistryDbContext CreateSibling() => new SqliteRegistryDbContext(options);
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the service.</summary>
public sealed class SqliteRegistryDbContextFactory : IDesignTimeDbContextFactory<SqliteRegistryDbContext>
{
    public SqliteRegistryDbContext CreateDbContext(string[] args) =>
        new(RegistryDatabase.Configure(new DbContextOptionsBuilder<SqliteRegistryDbContext>(), DatabaseProvider.Sqlite, "Data Source=design.db").Options);
}
