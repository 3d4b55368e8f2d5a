using Registry.Api.Auditing;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Cases;

/// <summary>
/// Imports a batch of cases from one platform, all or nothing, for the <c>importCases</c> mutation and the case sheet
/// upload alike; each row's committee must lie in the caller's jurisdiction. Audited as one entry for the batch.
/// </summary>
public sealed class ImportCases(CaseImporter importer) : IUseCase<ImportCasesInput, CaseImportResult>, IBulkAudited<CaseImportResult>
{
    public Permission Permission => Permission.ImportCases;

    public Task<CaseImportResult> HandleAsync(ImportCasesInput input, UseCaseContext context, CancellationToken ct) =>
        importer.ImportAsync(context.Db, input.SourcePlatform, input.Cases ?? [], ct, covers: context.Caller.Covers);

    public AuditSummary Summarize(CaseImportResult result) => new("CaseImport", caller => caller.Jurisdiction, result);
}
