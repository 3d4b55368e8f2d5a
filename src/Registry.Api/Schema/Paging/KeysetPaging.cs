using System.Linq.Expressions;

namespace Registry.Api.Schema.Paging;

/// <summary>
/// Turns a filtered query into a keyset page ordered by id: no OFFSET, so page 5,000 costs what page 1 does.
/// Stands in for the connection builders of GraphQL.Relay (not served here).
/// </summary>
public static class KeysetPaging
{
    public static Task<Page<T>> ToPageAsync<T>(this IQueryable<T> filtered, PageRequest request, CancellationToken ct)
        where T : Entity
    {
        var query = filtered;
        if (request.After is { } after) query = query.Where(x => x.Id > after);
        // The page size written into the SQL, not sent as a parameter: with LIMIT known, PostgreSQL keeps one plan for
        // the prepared statement (StatementPreparation) instead of planning it again on every request. At most 101 texts.
        return ToPageAsync(take => TakeWritten(query.OrderBy(x => x.Id), take).AsAsyncEnumerable(), request, token => filtered.CountAsync(token), ct);
    }

    /// <summary>
    /// A searched list (a name search finds a few rows among millions): the ids of every match, at most
    /// <see cref="SearchedIdsAtMost"/>, in one statement, then the page's rows by id. The count is those ids, so a page
    /// with <c>totalCount</c> searches once, not twice (the page and the count each a trigram search). A search matching
    /// more (a single character, say) is paged and counted as any list, its first statement having stopped early.
    /// </summary>
    public static async Task<Page<T>> ToSearchedPageAsync<T>(this IQueryable<T> filtered, Func<List<long>, IQueryable<T>> byIds,
        PageRequest request, CancellationToken ct, int atMost = SearchedIdsAtMost) where T : Entity
    {
        var matches = await TakeWritten(filtered.OrderBy(x => x.Id).Select(x => x.Id), atMost + 1).ToListAsync(ct);
        if (matches.Count > atMost) return await filtered.ToPageAsync(request, ct);
        var onPage = matches.Where(id => request.After is not { } after || id > after).Take(request.First + 1).ToList();
        return await ToPageAsync(take => RowsInIdOrder(byIds, onPage.Take(take).ToList(), ct), request,
            _ => Task.FromResult(matches.Count), ct);
    }

    /// <summary>How many matches a searched list reads as ids before it pages and counts as any other list.</summary>
    public const int SearchedIdsAtMost = 1000;

    private static async IAsyncEnumerable<T> RowsInIdOrder<T>(Func<List<long>, IQueryable<T>> byIds, List<long> ids,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct) where T : Entity
    {
        if (ids.Count == 0) yield break;
        foreach (var row in (await byIds(ids).ToListAsync(ct)).OrderBy(r => r.Id)) yield return row;
    }

    /// <summary>
    /// A page from <paramref name="firstRows"/>, which gives the first n rows in id order after the request's cursor
    /// (one more than asked, to tell whether a next page exists), and <paramref name="count"/>, run only if asked.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(Func<int, IAsyncEnumerable<T>> firstRows, PageRequest request,
        Func<CancellationToken, Task<int>> count, CancellationToken ct) where T : Entity
    {
        var rows = new List<T>(request.First + 1);
        if (request.First > 0)
            await foreach (var row in firstRows(request.First + 1).WithCancellation(ct)) rows.Add(row);
        var hasNext = rows.Count > request.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, rows.Select(r => PageRequest.EncodeCursor(r.Id)).ToList(), hasNext, request.After is not null, count);
    }

    /// <summary>
    /// <c>Take(EF.Constant(count))</c>, which EF writes into the SQL (a plain constant it would still send as a
    /// parameter); <c>Queryable.Take</c> takes an int, so the call is put into the expression tree by hand.
    /// </summary>
    private static IQueryable<T> TakeWritten<T>(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));
}
