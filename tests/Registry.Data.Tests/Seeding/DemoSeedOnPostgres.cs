using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Data.Seeding;

namespace Registry.Data.Tests.Seeding;

[Collection(SeededCollection.Name)]
public sealed class DemoSeedOnPostgres(SeededDatabase sqlite)
{
    [PostgresFact]
    public async Task WritesTheSameRowsAsOnSqlite()
    {
        var connection = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable))
        {
            Database = "registry_demo_" + Guid.NewGuid().ToString("N")[..12],
        };
        await using var db = new PostgresRegistryDbContext(RegistryDatabase.Configure(
            new DbContextOptionsBuilder<PostgresRegistryDbContext>(), DatabaseProvider.Postgres, connection.ConnectionString).Options);
        try
        {
            await db.Database.MigrateAsync();
            await RegionImporter.ImportIfEmptyAsync(db);
            await DemoSeeder.SeedAsync(db);

            await using var reference = sqlite.NewContext();
            var expected = await RosterFingerprint.OfAsync(reference);
            var actual = await RosterFingerprint.OfAsync(db);
            Assert.Equal(expected.Lines, actual.Lines);
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }
}
