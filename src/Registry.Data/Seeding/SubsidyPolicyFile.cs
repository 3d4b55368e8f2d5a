using System.Text.Json;
using Registry.Domain.Common;
using Registry.Domain.Subsidies;

namespace Registry.Data.Seeding;

/// <summary>Reads a subsidy policy file (<c>seed/subsidy-policies/*.json</c>, format in that folder's README) into a validated policy.</summary>
public static class SubsidyPolicyFile
{
    public static SubsidyPolicy Parse(string json)
    {
        var f = JsonSerializer.Deserialize<PolicyJson>(json, StaffingPolicyFile.Options)
            ?? throw new JsonException("A subsidy policy file must hold one JSON object.");
        return SubsidyPolicy.Create(new SubsidyPolicyDetails(f.RegionCode, f.Title, f.Source?.ToCitation(), f.EffectiveFrom, f.EffectiveTo,
            f.Rates, f.GradeCoefficients, f.DefaultCoefficientPermille ?? 1000, f.LeadSharePercent ?? 100, f.MonthlyCapFen,
            f.MaxEntryDelayDays ?? CaseRecordingPolicy.DefaultMaxEntryDelayDays, f.FollowUpRequiredFrom,
            f.DuplicateWindowDays ?? SubsidyPolicy.DefaultDuplicateWindowDays, f.CivilServantPercent ?? 0, f.FullTimePercent ?? 100));
    }

    /// <summary>Every <c>*.json</c> in <paramref name="directory"/>, in file-name order, checked for overlapping periods.</summary>
    public static IReadOnlyList<SubsidyPolicy> LoadDirectory(string directory)
    {
        var policies = new List<SubsidyPolicy>();
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
        public IReadOnlyList<SubsidyRate>? Rates { get; init; }
        public IReadOnlyList<GradeCoefficient>? GradeCoefficients { get; init; }
        public int? DefaultCoefficientPermille { get; init; }
        public int? LeadSharePercent { get; init; }
        public long? MonthlyCapFen { get; init; }
        public int? MaxEntryDelayDays { get; init; }
        public CaseDifficulty? FollowUpRequiredFrom { get; init; }
        public int? DuplicateWindowDays { get; init; }
        public int? CivilServantPercent { get; init; }
        public int? FullTimePercent { get; init; }
    }
}
