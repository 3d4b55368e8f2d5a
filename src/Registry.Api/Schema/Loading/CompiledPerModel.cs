using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Registry.Api.Schema.Loading;

/// <summary>
/// An EF compiled query (no query-cache look-up per call), compiled once for each model and tracking behaviour it
/// meets: EF refuses to run a compiled query on another model than the first it ran on, and one process may hold
/// SQLite's and PostgreSQL's (the API tests run both); and a compiled query keeps the tracking of the context it was
/// compiled on, while queries read untracked and mutations tracked.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<(IModel, QueryTrackingBehavior), TQuery> compiled = new();

    public TQuery For(DbContext db) => compiled.GetOrAdd((db.Model, db.ChangeTracker.QueryTrackingBehavior), _ => compile());
}
