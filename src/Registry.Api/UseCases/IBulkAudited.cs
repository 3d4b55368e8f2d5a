using Registry.Api.Auditing;

namespace Registry.Api.UseCases;

/// <summary>
/// A use case that writes many rows at once (an import of thousands of cases or attendances): it is audited by one
/// summary entry instead of one entry per changed row.
/// </summary>
public interface IBulkAudited<in TResult>
{
    AuditSummary Summarize(TResult result);
}
