using System.Collections.Concurrent;
using System.Linq.Expressions;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Domain.Committees;
using static Registry.Api.Schema.Loading.CompiledDayRule;

namespace Registry.Api.Committees;

/// <summary>
/// The committees list as most clients ask for it: everywhere, every kind, no search, the committees existing today
/// (<see cref="Committee.Exists"/>). It runs as compiled EF queries, without building and looking up an expression tree
/// on every request, and the page's size is written into the SQL as <see cref="KeysetPaging"/> writes it. The count is
/// made of two disjoint halves of the same rule, the existing committees not dissolved and those dissolved on or after
/// the day, each of which reads a small partial index (CommitteeConfiguration) rather than testing every committee's
/// dates. Its answers equal <see cref="CommitteeFilter"/>'s (a rule-twin test checks both on edge days).
/// </summary>
public static class ExistingCommittees
{
    private static readonly ConcurrentDictionary<(int Take, bool After), CompiledPerModel<Func<RegistryDbContext, DateOnly, long, IAsyncEnumerable<Committee>>>> Pages = new();

    private static readonly Expression<Func<RegistryDbContext, DateOnly, CancellationToken, int>> NotDissolvedCount =
        (db, day, ct) => db.Committees.Where(Holds<Committee>()).Count(c => c.DissolvedOn == null);

    private static readonly Expression<Func<RegistryDbContext, DateOnly, CancellationToken, int>> DissolvingCount =
        (db, day, ct) => db.Committees.Where(Holds<Committee>()).Count(c => c.DissolvedOn != null);

    private static readonly CompiledPerModel<Func<RegistryDbContext, DateOnly, CancellationToken, Task<int>>> NotDissolved =
        new(() => EF.CompileAsyncQuery(Bind(NotDissolvedCount, Committee.Exists)));

    private static readonly CompiledPerModel<Func<RegistryDbContext, DateOnly, CancellationToken, Task<int>>> Dissolving =
        new(() => EF.CompileAsyncQuery(Bind(DissolvingCount, Committee.Exists)));

    public static Task<Page<Committee>> PageAsync(RegistryDbContext db, DateOnly today, PageRequest request, CancellationToken ct) =>
        KeysetPaging.ToPageAsync(take => Pages.GetOrAdd((take, request.After is not null), key => new(() => Compile(key.Take, key.After)))
            .For(db)(db, today, request.After ?? 0), request, token => CountAsync(db, today, token), ct);

    public static async Task<int> CountAsync(RegistryDbContext db, DateOnly today, CancellationToken ct) =>
        await NotDissolved.For(db)(db, today, ct) + await Dissolving.For(db)(db, today, ct);

    private static Func<RegistryDbContext, DateOnly, long, IAsyncEnumerable<Committee>> Compile(int take, bool after)
    {
        Expression<Func<RegistryDbContext, DateOnly, long, IQueryable<Committee>>> ordered = after
            ? (db, day, afterId) => db.Committees.Where(Holds<Committee>()).Where(c => c.Id > afterId).OrderBy(c => c.Id)
            : (db, day, afterId) => db.Committees.Where(Holds<Committee>()).OrderBy(c => c.Id);
        var bound = Bind(ordered, Committee.Exists);
        // Take with a constant in the tree, which EF writes into the SQL (a captured value would be a parameter).
        var page = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Committee)], bound.Body, Expression.Constant(take));
        return EF.CompileAsyncQuery(Expression.Lambda<Func<RegistryDbContext, DateOnly, long, IQueryable<Committee>>>(page, bound.Parameters));
    }
}
