using Npgsql;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;

namespace Registry.Benchmarks;

/// <summary>
/// A fresh PostgreSQL database: on REGISTRY_BENCH_POSTGRES's server, or on a throwaway cluster; either way with the
/// tests' LC_CTYPE C.UTF-8, without which pg_trgm finds no trigram in a Chinese name (NameSearch).
/// </summary>
public static class BenchDatabase
{
    public static async Task<string> CreateAsync(string prefix)
    {
        if (Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES") is { Length: > 0 } admin)
        {
            var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand(
                    $"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0", connection);
                await create.ExecuteNonQueryAsync();
            }
            return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        }
        return await PostgresServer.Instance.CreateDatabaseAsync(prefix);
    }

    public static PostgresRegistryDbContext Context(string connectionString) =>
        new(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(), DatabaseProvider.Postgres, connectionString).Options);
}
