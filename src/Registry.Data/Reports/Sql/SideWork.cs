namespace Registry.Data.Reports.Sql;

/// <summary>Work a <see cref="ReportSession"/> runs beside the report's other statements (or later, on SQLite).</summary>
public sealed class SideWork<T>
{
    private Task<T>? started;
    private readonly Func<Task<T>>? deferred;

    internal SideWork(Task<T> started) => this.started = started;

    internal SideWork(Func<Task<T>> deferred) => this.deferred = deferred;

    /// <summary>The work's result; on SQLite the work runs now, once.</summary>
    public Task<T> Result => started ??= deferred!();
}
