using System.Text.Json;
using Registry.Domain.Common;
using Registry.Domain.Screening;

namespace Registry.Data.Seeding;

/// <summary>
/// Reads a screening policy file (<c>seed/screening-policies/*.json</c>, format in that folder's README) into a
/// validated <see cref="ScreeningPolicy"/>, with the same header and citation as the staffing policy files.
/// </summary>
public static class ScreeningPolicyFile
{
    public static ScreeningPolicy Parse(string json)
    {
        var file = JsonSerializer.Deserialize<PolicyJson>(json, StaffingPolicyFile.Options)
            ?? throw new JsonException("A screening policy file must hold one JSON object.");
        return ScreeningPolicy.Create(new ScreeningPolicyDetails(file.RegionCode, file.Title, file.Source?.ToCitation(),
            file.EffectiveFrom, file.EffectiveTo, file.Rules, file.SeriousRiskLimitDays));
    }

    /// <summary>Every <c>*.json</c> in <paramref name="directory"/>, in file-name order, checked for overlapping periods.</summary>
    public static IReadOnlyList<ScreeningPolicy> LoadDirectory(string directory)
    {
        var policies = new List<ScreeningPolicy>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var policy = Parse(File.ReadAllText(path));
                policy.CheckNoOverlap(policies);
                policies.Add(policy);
            }
            catch (Exception e) when (e is JsonException or DomainException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
            }
        }
        return policies;
    }

    private sealed record PolicyJson : PolicyFileHeader
    {
        public IReadOnlyList<ScreeningRule>? Rules { get; init; }
        public int? SeriousRiskLimitDays { get; init; }
    }
}
