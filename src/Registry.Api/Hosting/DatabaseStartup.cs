using System.Diagnostics;
using Registry.Data.Seeding;

namespace Registry.Api.Hosting;

/// <summary>
/// Brings the database up to date before the service takes requests: migrations, the yearly partitions two years ahead,
/// regions, then the demo roster.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, DatabaseOptions database, SeedOptions seed, ILogger<DatabaseStartup> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        if (database.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
            log.LogInformation("Database {Provider} migrated in {Elapsed} ms", db.Provider, watch.ElapsedMilliseconds);
        }
        var partitions = await Registry.Data.Partitioning.YearlyPartitions.EnsureThroughAsync(db,
            DateTime.UtcNow.Year + Registry.Data.Partitioning.YearlyPartitions.YearsAhead, ct);
        if (partitions.Count > 0) log.LogInformation("Added yearly partitions {Partitions}", string.Join(", ", partitions));
        var regions = await RegionImporter.ImportIfEmptyAsync(db, seed.FullRegions ? RegionImporter.FullFile : RegionImporter.SubsetFile, ct);
        if (regions > 0) log.LogInformation("Imported {Count} regions", regions);
        await ReferenceDataSeeder.SeedAsync(db, ct);
        if (seed.Demo && await DemoSeeder.IsEmptyAsync(db))
        {
            await DemoSeeder.SeedAsync(db, ct);
            log.LogInformation("Seeded the demo roster");
        }
        if (seed.Demo) await DemoCaseSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Registry.Domain.Cases.IPartyHasher>(), ct);
        log.LogInformation("Database ready in {Elapsed} ms", watch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
