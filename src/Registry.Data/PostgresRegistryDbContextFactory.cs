using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Data;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a running server.</summary>
public sealed class PostgresRegistryDbContextFactory : IDesignTimeDbContextFactory<PostgresRegistryDbContext>
{
    public PostgresRegistryDbContext CreateDbContext(string[] args) =>
        new(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(), DatabaseProvider.Postgres, "Host=localhost;Database=registry_design").Options);
}
