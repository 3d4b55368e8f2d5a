namespace Registry.Api.Schema.Paging;

/// <summary>Keyset pages over a list already computed in memory (e.g. a report's rows), with the same cursors as the database pages.</summary>
public static class InMemoryPaging
{
    public static Page<T> ToPage<T>(IReadOnlyList<T> ordered, Func<T, long> key, PageRequest request)
    {
        var rest = request.After is { } after ? ordered.Where(x => key(x) > after) : ordered;
        var rows = rest.Take(request.First + 1).ToList();
        if (request.First == 0) rows.Clear();
        var hasNext = rows.Count > request.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, rows.Select(r => PageRequest.EncodeCursor(key(r))).ToList(), hasNext,
            request.After is not null, _ => Task.FromResult(ordered.Count));
    }
}
