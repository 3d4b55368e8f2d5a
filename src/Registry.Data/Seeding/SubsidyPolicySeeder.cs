namespace Registry.Data.Seeding;

/// <summary>Inserts the shipped subsidy policies that are missing (matched by region and effectiveFrom); stored ones are never overwritten.</summary>
public static class SubsidyPolicySeeder
{
    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        var shipped = SubsidyPolicyFile.LoadDirectory(SeedFiles.PathOf("subsidy-policies"));
        var stored = await db.SubsidyPolicies.AsNoTracking().Select(p => new { p.RegionCode, p.EffectiveFrom }).ToListAsync(ct);
        var missing = shipped.Where(s => !stored.Any(p => p.RegionCode == s.RegionCode && p.EffectiveFrom == s.EffectiveFrom)).ToList();
        var codes = missing.Select(m => m.RegionCode).ToList();
        var known = await db.Regions.Where(r => codes.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
        db.SubsidyPolicies.AddRange(missing.Where(m => known.Contains(m.RegionCode)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
