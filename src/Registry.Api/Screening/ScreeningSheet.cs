namespace Registry.Api.Screening;

/// <summary>
/// The command of <see cref="RecordScreeningSheet"/>: a township's rounds as sheet rows. Rows with the same committee,
/// day and kind are one round; each row with a category is one item it found, a row without is a round that found nothing.
/// </summary>
public sealed class ScreeningSheet
{
    public string? TownshipCode { get; init; }
    public List<ScreeningSheetRow> Rows { get; init; } = [];
}
