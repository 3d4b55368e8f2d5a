using System.Text.Json;
using Registry.Domain.Common;
using Registry.Domain.Training;

namespace Registry.Data.Seeding;

/// <summary>Reads <c>seed/training-requirements/*.json</c> (format in that folder's README) into validated requirements.</summary>
public static class TrainingRequirementFile
{
    public static TrainingRequirement Parse(string json)
    {
        var file = JsonSerializer.Deserialize<RequirementJson>(json, StaffingPolicyFile.Options)
            ?? throw new JsonException("A training requirement file must hold one JSON object.");
        return TrainingRequirement.Create(new TrainingRequirementDetails(file.RegionCode, file.Title, file.Source?.ToCitation(),
            file.EffectiveFrom, file.EffectiveTo, file.MinHoursPerYear, file.MinPracticalSessionsPerYear, file.PreServiceHours, file.Quote));
    }

    /// <summary>Every <c>*.json</c> in <paramref name="directory"/>, in file-name order, checked for overlapping periods.</summary>
    public static IReadOnlyList<TrainingRequirement> LoadDirectory(string directory)
    {
        var requirements = new List<TrainingRequirement>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var requirement = Parse(File.ReadAllText(path));
                requirement.CheckNoOverlap(requirements);
                requirements.Add(requirement);
            }
            catch (Exception e) when (e is JsonException or DomainException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
            }
        }
        return requirements;
    }

    private sealed record RequirementJson : PolicyFileHeader
    {
        public decimal? MinHoursPerYear { get; init; }
        public int? MinPracticalSessionsPerYear { get; init; }
        public decimal? PreServiceHours { get; init; }
        public string? Quote { get; init; }
    }
}
