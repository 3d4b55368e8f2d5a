using Bogus;
using Registry.Data.Seeding.Demo;

namespace Registry.Data.Seeding;

/// <summary>
/// Writes about 3,000 deterministic demo cases for the demo committees when the database has committees and no cases.
/// Separate from <see cref="DemoSeeder"/> because party fingerprints need the configured <see cref="IPartyHasher"/>.
/// </summary>
public static class DemoCaseSeeder
{
    private const int Seed = 20240325;

    public static async Task SeedAsync(RegistryDbContext db, IPartyHasher hasher, CancellationToken ct = default)
    {
        if (await db.Cases.AnyAsync(ct) || !await db.Committees.AnyAsync(ct)) return;
        var committees = await db.Committees.AsNoTracking().ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().ToListAsync(ct);
        var cases = new CasePlanner(new Randomizer(Seed), hasher).Plan(committees, appointments);
        foreach (var batch in cases.Chunk(1000))
        {
            db.Cases.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
