namespace Registry.Data.Seeding;

/// <summary>Placeholder until the demo roster lands.</summary>
public static class DemoSeeder
{
    public static async Task<bool> IsEmptyAsync(RegistryDbContext db) => !await db.Committees.AnyAsync();

    public static Task SeedAsync(RegistryDbContext db, CancellationToken ct = default) => Task.CompletedTask;
}
