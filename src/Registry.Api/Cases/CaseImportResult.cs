namespace Registry.Api.Cases;

/// <summary>How an import went: rows that made new cases and rows that updated existing ones.</summary>
public sealed record CaseImportResult(int Created, int Updated);
