using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Seeding;

namespace Registry.Data.Tests;

/// <summary>A real SQLite file in a temp folder: migrated, regions imported, optionally demo-seeded.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "registry-data-tests-" + Guid.NewGuid().ToString("N"));

    public int ImportedRegions { get; private set; }
    public TimeSpan SeedTime { get; private set; }
    public string FilePath => System.IO.Path.Combine(folder, "registry.db");

    public RegistryDbContext NewContext() =>
        new SqliteRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<SqliteRegistryDbContext>(),
            DatabaseProvider.Sqlite, $"Data Source={FilePath};Pooling=False").Options);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        ImportedRegions = await RegionImporter.ImportIfEmptyAsync(db);
        var clock = Stopwatch.StartNew();
        await DemoSeeder.SeedAsync(db);
        SeedTime = clock.Elapsed;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
