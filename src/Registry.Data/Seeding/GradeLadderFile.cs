using System.Text.Json;
using Registry.Domain.Common;
using Registry.Domain.Grading;

namespace Registry.Data.Seeding;

/// <summary>Reads <c>seed/grade-ladders/*.json</c> (format in that folder's README) into validated ladders.</summary>
public static class GradeLadderFile
{
    public static GradeLadder Parse(string json)
    {
        var file = JsonSerializer.Deserialize<LadderJson>(json, StaffingPolicyFile.Options)
            ?? throw new JsonException("A grade ladder file must hold one JSON object.");
        return GradeLadder.Create(new GradeLadderDetails(file.RegionCode, file.Title, file.Source?.ToCitation(),
            file.EffectiveFrom, file.EffectiveTo, file.Levels));
    }

    /// <summary>Every <c>*.json</c> in <paramref name="directory"/>, in file-name order, checked for overlapping periods.</summary>
    public static IReadOnlyList<GradeLadder> LoadDirectory(string directory)
    {
        var ladders = new List<GradeLadder>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var ladder = Parse(File.ReadAllText(path));
                ladder.CheckNoOverlap(ladders);
                ladders.Add(ladder);
            }
            catch (Exception e) when (e is JsonException or DomainException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
            }
        }
        return ladders;
    }

    private sealed record LadderJson : PolicyFileHeader
    {
        public List<GradeLevelDetails>? Levels { get; init; }
    }
}
