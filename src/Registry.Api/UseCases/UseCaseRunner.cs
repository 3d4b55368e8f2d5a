using Registry.Api.Access;
using Registry.Api.Auditing;
using Registry.Api.Schema.Mutations;
using Registry.Domain.Access;
using Registry.Domain.Cases;

namespace Registry.Api.UseCases;

/// <summary>
/// The one way the registry writes. A use case runs in one transaction: it commits whole with its audit entry, or a
/// refusal, a version conflict or a unique violation rolls it back and comes back as errors, so a failed write never
/// leaves anything half-written, whichever transport asked for it.
/// </summary>
public sealed class UseCaseRunner(RegistryDbContext db, TimeProvider clock, IPartyHasher fingerprints)
{
    /// <param name="operation">The name the audit trail records (the GraphQL field or the upload's name).</param>
    public async Task<UseCaseResult<TResult>> RunAsync<TCommand, TResult>(IUseCase<TCommand, TResult> useCase,
        TCommand command, Caller caller, string operation, CancellationToken ct)
    {
        if (Refusal(caller, useCase.Permission) is { } refused) return UseCaseResult<TResult>.Failure([refused]);
        var context = new UseCaseContext(db, caller, clock);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var result = await useCase.HandleAsync(command, context, ct);
                var audit = useCase is IBulkAudited<TResult> ? null : ChangeAudit.Capture(db, fingerprints);
                await db.SaveChangesAsync(ct);
                if (useCase is IAfterSave<TResult> afterSave) await afterSave.AfterSaveAsync(db, result, ct);
                var at = clock.GetUtcNow().UtcDateTime;
                if (useCase is IBulkAudited<TResult> bulk) bulk.Summarize(result).Record(db, caller, operation, at);
                else audit!.Record(db, caller, operation, at);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return UseCaseResult<TResult>.Success(result);
            });
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return UseCaseResult<TResult>.Failure(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return UseCaseResult<TResult>.Failure("version", ErrorCodes.Conflict,
                "Someone else changed this record while you were saving; reload and try again.");
        }
        catch (Exception e) when (UniqueViolation.Matches(e))
        {
            db.ChangeTracker.Clear();
            return UseCaseResult<TResult>.Failure("input", ErrorCodes.Conflict,
                "Another change saved the same record first; reload and try again.");
        }
    }

    /// <summary>
    /// Why <paramref name="caller"/> may not run a use case needing <paramref name="permission"/>, or null. An upload asks
    /// before reading its body, so an anonymous or unentitled caller's sheet is never parsed.
    /// </summary>
    public static DomainError? Refusal(Caller caller, Permission permission) =>
        AccessRules.WhyNot(caller.Role, caller.Jurisdiction, permission) is { } refusal
            ? new DomainError("input", refusal.Code, refusal.Message)
            : null;
}
