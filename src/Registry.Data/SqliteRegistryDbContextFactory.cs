using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the service.</summary>
public sealed class SqliteRegistryDbContextFactory : IDesignTimeDbContextFactory<SqliteRegistryDbContext>
{
    public SqliteRegistryDbContext CreateDbContext(string[] args) =>
        new(RegistryDatabase.Configure(new DbContextOptionsBuilder<SqliteRegistryDbContext>(), DatabaseProvider.Sqlite, "Data Source=design.db").Options);
}
