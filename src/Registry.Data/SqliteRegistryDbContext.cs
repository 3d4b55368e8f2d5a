using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Data;

/// <summary>The embedded default store; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override RegistryDbContext NewOnSameOptions() => new SqliteRegistryDbContext(options);
}
