using Registry.Api.Http;

namespace Registry.Api.Cases;

/// <summary>A case sheet as read: its rows, what could not be read, and the header the sheet used for each field.</summary>
public sealed record CaseSheet(List<SheetRow> Rows, List<SheetError> Errors)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The column an import error's field (<c>closedOn</c>, <c>coMediatorIds.1</c>) was read from, if the sheet has it.</summary>
    public string? ColumnOf(string field) => Headers.GetValueOrDefault(field.Split('.')[0]);
}
