namespace Registry.Data.Seeding;

/// <summary>
/// Inserts the shipped training requirements that are missing (matched by region and effectiveFrom); a stored one is
/// never overwritten, so a bureau's own edits survive restarts.
/// </summary>
public static class TrainingRequirementSeeder
{
    public const string Folder = "training-requirements";

    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        var shipped = TrainingRequirementFile.LoadDirectory(SeedFiles.PathOf(Folder));
        var stored = await db.TrainingRequirements.AsNoTracking().Select(r => new { r.RegionCode, r.EffectiveFrom }).ToListAsync(ct);
        var missing = shipped.Where(s => !stored.Any(r => r.RegionCode == s.RegionCode && r.EffectiveFrom == s.EffectiveFrom)).ToList();
        if (missing.Count == 0) return;
        var codes = missing.Select(m => m.RegionCode).ToList();
        var known = await db.Regions.Where(r => codes.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
        db.TrainingRequirements.AddRange(missing.Where(m => known.Contains(m.RegionCode)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
