using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>The command of <see cref="RecordScreening"/>: one round of one committee, and what it found (possibly nothing).</summary>
public sealed class RecordScreeningInput
{
    public string? CommitteeId { get; set; }
    public DateOnly ScreenedOn { get; set; }
    public ScreeningKind Kind { get; set; }
    public List<RiskItemInput>? Items { get; set; }

    public List<RiskItemDetails?> ToItems() =>
        (Items ?? []).Select(i => i is null ? null : new RiskItemDetails(i.Category, i.RiskLevel, i.Summary, i.Parties)).ToList();
}
