using System.Text.Json;
using Registry.Domain.Common;
using Registry.Domain.Screening;

namespace Registry.Data.Seeding;

/// <summary>Reads <c>seed/sensitive-periods/*.json</c>: the dated sensitive periods (全国两会, 中秋节, 国庆节, 春节) per year.</summary>
public static class SensitivePeriodFile
{
    public static IReadOnlyList<SensitivePeriod> LoadDirectory(string directory)
    {
        var periods = new List<SensitivePeriod>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var file = JsonSerializer.Deserialize<PeriodsJson>(File.ReadAllText(path), StaffingPolicyFile.Options)
                    ?? throw new JsonException("A sensitive-period file must hold one JSON object.");
                periods.AddRange((file.Periods ?? []).Select(p => SensitivePeriod.Create(p.Name, p.StartsOn, p.EndsOn, p.Source)));
            }
            catch (Exception e) when (e is JsonException or DomainException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
            }
        }
        return periods;
    }

    private sealed record PeriodsJson(IReadOnlyList<string>? Notes, IReadOnlyList<PeriodJson>? Periods);

    private sealed record PeriodJson(string? Name, DateOnly StartsOn, DateOnly EndsOn, string? Source);
}
