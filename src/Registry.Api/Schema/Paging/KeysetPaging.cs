using System.Linq.Expressions;

namespace Registry.Api.Schema.Paging;

/// <summary>
/// Turns a filtered query into a keyset page ordered by id: no OFFSET, so page 5,000 costs what page 1 does.
/// Stands in for the connection builders of GraphQL.Relay (not served here).
/// </summary>
public static class KeysetPaging
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> filtered, PageRequest request, CancellationToken ct)
        where T : Entity
    {
        var query = filtered;
        if (request.After is { } after) query = query.Where(x => x.Id > after);
        // The page size written into the SQL, not sent as a parameter: with LIMIT known, PostgreSQL keeps one plan for
        // the prepared statement (StatementPreparation) instead of planning it again on every request. At most 101 texts.
        var rows = request.First == 0 ? [] : await TakeWritten(query.OrderBy(x => x.Id), request.First + 1).ToListAsync(ct);
        var hasNext = rows.Count > request.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, rows.Select(r => PageRequest.EncodeCursor(r.Id)).ToList(), hasNext,
            request.After is not null, token => filtered.CountAsync(token));
    }

    /// <summary>
    /// <c>Take(EF.Constant(count))</c>, which EF writes into the SQL (a plain constant it would still send as a
    /// parameter); <c>Queryable.Take</c> takes an int, so the call is put into the expression tree by hand.
    /// </summary>
    private static IQueryable<T> TakeWritten<T>(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));
}
