namespace Registry.Data.Seeding;

/// <summary>
/// Inserts the shipped screening policies and sensitive periods that are missing (a policy matched by region and
/// effectiveFrom, a period by name and first day); stored ones are never overwritten.
/// </summary>
public static class ScreeningPolicySeeder
{
    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        var shipped = ScreeningPolicyFile.LoadDirectory(SeedFiles.PathOf("screening-policies"));
        var stored = await db.ScreeningPolicies.AsNoTracking().Select(p => new { p.RegionCode, p.EffectiveFrom }).ToListAsync(ct);
        var missing = shipped.Where(s => !stored.Any(p => p.RegionCode == s.RegionCode && p.EffectiveFrom == s.EffectiveFrom)).ToList();
        var codes = missing.Select(m => m.RegionCode).ToList();
        var known = await db.Regions.Where(r => codes.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
        db.ScreeningPolicies.AddRange(missing.Where(m => known.Contains(m.RegionCode)));

        var periods = SensitivePeriodFile.LoadDirectory(SeedFiles.PathOf("sensitive-periods"));
        var storedPeriods = await db.SensitivePeriods.AsNoTracking().Select(p => new { p.Name, p.StartsOn }).ToListAsync(ct);
        db.SensitivePeriods.AddRange(periods.Where(p => !storedPeriods.Any(s => s.Name == p.Name && s.StartsOn == p.StartsOn)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
