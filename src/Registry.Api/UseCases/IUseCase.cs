using Registry.Domain.Access;

namespace Registry.Api.UseCases;

/// <summary>
/// One write to the registry: a typed command in, a result out. Every transport (a GraphQL mutation, a CSV/XLSX upload,
/// the console) builds the command and hands it to <see cref="UseCaseRunner"/>, which owns the transaction, the
/// permission check, error mapping and the audit entry; the handler only looks things up and calls the domain.
/// </summary>
public interface IUseCase<in TCommand, TResult>
{
    /// <summary>What the caller's role must grant; checked by the runner before the handler runs.</summary>
    Permission Permission { get; }

    /// <summary>
    /// Does the work inside the runner's transaction. Refusals are thrown as <see cref="DomainException"/>; nothing is
    /// saved here (the runner saves once, audits and commits).
    /// </summary>
    Task<TResult> HandleAsync(TCommand command, UseCaseContext context, CancellationToken ct);
}
