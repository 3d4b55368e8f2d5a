using Registry.Api.Access;
using Registry.Api.Auditing;
using Registry.Api.Schema.Errors;

namespace Registry.Api.Schema.Mutations;

/// <summary>
/// Runs a mutation in one transaction: it commits whole, or a rule's <see cref="DomainException"/> rolls it back and
/// comes back as user errors, so a failed mutation never leaves anything half-written.
/// </summary>
public static class MutationRunner
{
    /// <param name="summarize">
    /// For bulk writes: one audit entry describing the whole operation instead of one per changed row.
    /// </param>
    /// <param name="afterSave">
    /// Work that reads what the change saved, in the same transaction: recounting rows derived from it in SQL.
    /// </param>
    public static async Task<Payload<T>> RunAsync<T>(this IResolveFieldContext context, Func<RegistryDbContext, CancellationToken, Task<T>> change,
        Func<T, AuditSummary>? summarize = null, Func<RegistryDbContext, T, CancellationToken, Task>? afterSave = null)
    {
        var db = context.Db();
        var ct = context.CancellationToken;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var result = await change(db, ct);
                var audit = summarize is null ? ChangeAudit.Capture(db, context.Service<Registry.Domain.Cases.IPartyHasher>()) : null;
                await db.SaveChangesAsync(ct);
                if (afterSave is not null) await afterSave(db, result, ct);
                var (caller, operation, at) = (context.Caller(), context.FieldDefinition.Name, context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                if (audit is not null) audit.Record(db, caller, operation, at);
                else summarize!(result).Record(db, caller, operation, at);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return new Payload<T>(result, []);
            });
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return Payload<T>.Failed(e.Errors.Select(UserError.From));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Payload<T>.Failed([new UserError(["version"], "Someone else changed this record while you were saving; reload and try again.", ErrorCodes.Conflict)]);
        }
        catch (DbUpdateException e) when (UniqueViolation.Matches(e))
        {
            db.ChangeTracker.Clear();
            return Payload<T>.Failed([new UserError(["input"], "Another change saved the same record first; reload and try again.", ErrorCodes.Conflict)]);
        }
    }
}
