namespace Registry.Api.Cases;

/// <summary>A sheet row turned into an import row, with its row number in the sheet (header = row 1).</summary>
public sealed record SheetRow(int Number, CaseImportRow Row);
