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
        await SeedSubsidyPolicyAsync(db, ct);
    }

    /// <summary>
    /// No seed jurisdiction publishes its rates, so the demo gives Jiyuan the Shaanxi (2017) rates, labelled as demo
    /// data, so that the demo database has a subsidy statement with paying lines.
    /// </summary>
    private static async Task SeedSubsidyPolicyAsync(RegistryDbContext db, CancellationToken ct)
    {
        if (await db.SubsidyPolicies.AnyAsync(p => p.RegionCode == "419001", ct) || !await db.Regions.AnyAsync(r => r.Code == "419001", ct)) return;
        var shaanxi = SubsidyPolicyFile.Parse(await File.ReadAllTextAsync(Path.Combine(SeedFiles.PathOf("subsidy-policies"), "61-shaanxi-2017.json"), ct));
        db.SubsidyPolicies.Add(Registry.Domain.Subsidies.SubsidyPolicy.Create(new Registry.Domain.Subsidies.SubsidyPolicyDetails(
            "419001", "演示数据：济源示范区以案定补（借用陕西 2017 标准）", "演示数据（demo only）：rates of seed/subsidy-policies/61-shaanxi-2017.json",
            new DateOnly(2020, 1, 1), null, shaanxi.Rates.ToList(),
            [new() { LevelName = "一级", Permille = 1300 }, new() { LevelName = "二级", Permille = 1200 }, new() { LevelName = "三级", Permille = 1100 }],
            1000, 60, 200_000, 30, Registry.Domain.Cases.CaseDifficulty.Complex, 90, 0, 100)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
