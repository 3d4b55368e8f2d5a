using System.Text.Json;
using Registry.Domain.Common;

namespace Registry.Data.Seeding;

/// <summary>
/// Loads <c>seed/case-policies/*.json</c> (format in that folder's README): adds each policy whose region and start
/// date are not stored yet, so it is safe at every start.
/// </summary>
public static class CaseRecordingPolicySeeder
{
    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        var stored = await db.CaseRecordingPolicies.AsNoTracking().Select(p => new { p.RegionCode, p.EffectiveFrom }).ToListAsync(ct);
        var added = false;
        foreach (var policy in LoadDirectory(SeedFiles.PathOf("case-policies")))
        {
            if (stored.Any(s => s.RegionCode == policy.RegionCode && s.EffectiveFrom == policy.EffectiveFrom)) continue;
            db.CaseRecordingPolicies.Add(policy);
            added = true;
        }
        if (added) await db.SaveChangesAsync(ct);
    }

    public static IReadOnlyList<CaseRecordingPolicy> LoadDirectory(string directory) =>
        Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Load).ToList();

    public static CaseRecordingPolicy Load(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize<PolicyJson>(File.ReadAllText(path), StaffingPolicyFile.Options)
                       ?? throw new JsonException("A case policy file must hold one JSON object.");
            return CaseRecordingPolicy.Create(file.RegionCode, file.Title, file.SourceDocument, file.EffectiveFrom, file.EffectiveTo, file.MaxEntryDelayDays);
        }
        catch (Exception e) when (e is JsonException or DomainException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    private sealed record PolicyJson
    {
        public string? RegionCode { get; init; }
        public string? Title { get; init; }
        public string? SourceDocument { get; init; }
        public required DateOnly EffectiveFrom { get; init; }
        public DateOnly? EffectiveTo { get; init; }
        public required int MaxEntryDelayDays { get; init; }
        public IReadOnlyList<string>? Notes { get; init; }
    }
}
