using System.Text.Json;
using System.Text.Json.Serialization;
using Registry.Domain.Common;
using Registry.Domain.Staffing;

namespace Registry.Data.Seeding;

/// <summary>
/// Reads a staffing policy file (<c>seed/staffing-policies/*.json</c>, format in that folder's README) into a
/// validated <see cref="StaffingPolicy"/>. Enum values are SCREAMING_SNAKE_CASE, as in the GraphQL schema.
/// </summary>
public static class StaffingPolicyFile
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses one policy; a rule the domain rejects surfaces as the <see cref="DomainException"/> naming the field.</summary>
    public static StaffingPolicy Parse(string json)
    {
        var file = JsonSerializer.Deserialize<PolicyJson>(json, Options)
            ?? throw new JsonException("A staffing policy file must hold one JSON object.");
        return StaffingPolicy.Create(new StaffingPolicyDetails(
            file.RegionCode, file.Title, file.Source?.ToCitation(), file.EffectiveFrom, file.EffectiveTo, file.Rules, file.Targets));
    }

    public static StaffingPolicy Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or DomainException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    /// <summary>Every <c>*.json</c> in <paramref name="directory"/>, in file-name order, checked for overlapping periods.</summary>
    public static IReadOnlyList<StaffingPolicy> LoadDirectory(string directory)
    {
        var policies = new List<StaffingPolicy>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var policy = Load(path);
            try { policy.CheckNoOverlap(policies); }
            catch (DomainException e) { throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e); }
            policies.Add(policy);
        }
        return policies;
    }

    private sealed record PolicyJson : PolicyFileHeader
    {
        public IReadOnlyList<StaffingRule>? Rules { get; init; }
        public IReadOnlyList<StaffingTarget>? Targets { get; init; }
    }
}
