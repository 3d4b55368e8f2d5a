namespace Registry.Data.Reports.Sql;

/// <summary>
/// Where a report's statements run: on the request's own context, and — on PostgreSQL, for a statement that needs
/// nothing from the others — beside it on a second connection of its own, so two statements use both cores. SQLite
/// gains nothing from a second connection, so there the statement runs on the request's context when its result is
/// first awaited. Every statement runs with the report's <see cref="ReportTuning"/>.
/// </summary>
public sealed class ReportSession(RegistryDbContext db, ReportTuning tuning)
{
    public ReportSession(RegistryDbContext db) : this(db, ReportTuning.None) { }

    /// <summary>The request's context, for the report's LINQ queries.</summary>
    public RegistryDbContext Db => db;

    public DatabaseProvider Provider => db.Provider;

    /// <summary>Whether <see cref="Beside{T}"/> really runs side by side (PostgreSQL only).</summary>
    public bool RunsSideBySide => db.Provider == DatabaseProvider.Postgres;

    /// <summary>Runs <paramref name="work"/> on the request's context, tuned.</summary>
    public Task<T> RunAsync<T>(Func<RegistryDbContext, CancellationToken, Task<T>> work, CancellationToken ct) =>
        TunedAsync(db, work, besideAnother: false, ct);

    /// <summary>Reads <paramref name="statement"/> on the request's context, tuned.</summary>
    public Task<List<T>> ReadAsync<T>(SqlStatement statement, Func<System.Data.Common.DbDataReader, T> read, CancellationToken ct) =>
        RunAsync((context, token) => context.ReadAsync(statement, read, token), ct);

    /// <summary>
    /// Reads <paramref name="statement"/> on the request's context, tuned, yielding each row as it is read (for exports);
    /// the tuning's transaction, if any, stays open until the caller has read to the end.
    /// </summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(SqlStatement statement, Func<System.Data.Common.DbDataReader, T> read,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var tuned = db.Provider == DatabaseProvider.Postgres && !tuning.IsNone && db.Database.CurrentTransaction is null;
        await using var tx = tuned ? await db.Database.BeginTransactionAsync(ct) : null;
        if (tuned) await db.Database.ExecuteSqlRawAsync(tuning.SetLocal(besideAnother: false), ct);
        await foreach (var row in db.StreamAsync(statement, read, ct)) yield return row;
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Work that needs nothing from the report's other statements. On PostgreSQL it starts now, on a second connection
    /// that it disposes when done; on SQLite it runs on the request's context when <see cref="SideWork{T}.Result"/> is
    /// first awaited, so start it first and await it when its figures are needed. It runs without parallel workers
    /// unless <paramref name="longest"/> says it is the report's longest statement, which ends the request: then it
    /// keeps them (the staffing tallies of a province took 510 ms without and 320 ms with).
    /// </summary>
    public SideWork<T> Beside<T>(Func<RegistryDbContext, CancellationToken, Task<T>> work, CancellationToken ct, bool longest = false) =>
        RunsSideBySide ? new SideWork<T>(OnSiblingAsync(work, besideAnother: !longest, ct)) : new SideWork<T>(() => RunAsync(work, ct));

    private async Task<T> OnSiblingAsync<T>(Func<RegistryDbContext, CancellationToken, Task<T>> work, bool besideAnother, CancellationToken ct)
    {
        await using var sibling = db.CreateSibling();
        return await TunedAsync(sibling, work, besideAnother, ct);
    }

    /// <summary>
    /// With tuning on PostgreSQL the work runs in a transaction of its own, whose <c>SET LOCAL</c> settings end with it.
    /// Inside a caller's transaction it runs as it is, so a report never commits someone else's work.
    /// </summary>
    private async Task<T> TunedAsync<T>(RegistryDbContext context, Func<RegistryDbContext, CancellationToken, Task<T>> work,
        bool besideAnother, CancellationToken ct)
    {
        if (context.Provider != DatabaseProvider.Postgres || tuning.IsNone || context.Database.CurrentTransaction is not null)
            return await work(context, ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        await context.Database.ExecuteSqlRawAsync(tuning.SetLocal(besideAnother), ct);
        var result = await work(context, ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
