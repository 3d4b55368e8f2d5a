using Registry.Domain.Grading;

namespace Registry.Data.Seeding;

/// <summary>
/// Inserts the shipped grade ladders that are missing (matched by region and effectiveFrom); a stored one is never
/// overwritten, so versions a bureau added with <c>setGradeLadder</c> survive restarts.
/// </summary>
public static class GradeLadderSeeder
{
    public const string Folder = "grade-ladders";

    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        var shipped = GradeLadderFile.LoadDirectory(SeedFiles.PathOf(Folder));
        var stored = await db.GradeLadders.AsNoTracking().Select(l => new { l.RegionCode, l.EffectiveFrom }).ToListAsync(ct);
        var missing = shipped.Where(s => !stored.Any(l => l.RegionCode == s.RegionCode && l.EffectiveFrom == s.EffectiveFrom)).ToList();
        if (missing.Count == 0) return;
        var codes = missing.Select(m => m.RegionCode).ToList();
        var known = await db.Regions.Where(r => codes.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
        db.GradeLadders.AddRange(missing.Where(m => m.RegionCode == GradeLadder.National || known.Contains(m.RegionCode)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
