namespace Registry.Api.Cases;

/// <summary>The command of <see cref="ImportCases"/>, bound from <c>ImportCasesInput</c> or read from a case sheet.</summary>
public sealed class ImportCasesInput
{
    public string? SourcePlatform { get; set; }
    public List<CaseImportRow>? Cases { get; set; }
}
