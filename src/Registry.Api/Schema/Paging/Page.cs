namespace Registry.Api.Schema.Paging;

/// <summary>One page of a connection. <see cref="TotalCount"/> runs its count query only if a client asks for it.</summary>
public sealed class Page<T>(IReadOnlyList<T> nodes, IReadOnlyList<string> cursors, bool hasNextPage, bool hasPreviousPage,
    Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<T> Nodes { get; } = nodes;
    public IReadOnlyList<string> Cursors { get; } = cursors;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;

    public Task<int> TotalCount(CancellationToken ct) => count(ct);

    public IEnumerable<Edge<T>> Edges => Nodes.Select((node, i) => new Edge<T>(Cursors[i], node));
}
