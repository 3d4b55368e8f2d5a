using Registry.Domain.Disputes;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>One row of a screening sheet, with its row number in the sheet (header = 1).</summary>
public sealed record ScreeningSheetRow(int Number, string? CommitteeId, DateOnly ScreenedOn, ScreeningKind Kind,
    DisputeCategory? Category, RiskLevel? RiskLevel, string? Summary, string? Parties);
