namespace Registry.Data.Seeding;

/// <summary>
/// Reference data every installation needs whatever <c>Seed:Demo</c> says (policies, as later features add them).
/// Each step only fills what is missing, so it is safe at every start.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        await TrainingRequirementSeeder.SeedAsync(db, ct);
    }
}
