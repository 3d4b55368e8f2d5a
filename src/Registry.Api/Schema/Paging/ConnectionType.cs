using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Registry.Api.Schema.Paging;

/// <summary>
/// A Relay connection: <c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c>.
/// Stands in for GraphQL.Relay's ConnectionType (not served here); core's Connection classes lack a builder.
/// </summary>
public class ConnectionType<TNodeType, T> : ObjectGraphType<Page<T>> where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = NodeName();
        Name = node + "Connection";
        Description = $"A page of {node} items; ask for the next with after: pageInfo.endCursor.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match, across all pages.")
            .ResolveAsync(async ctx => await ctx.Source.TotalCount(ctx.CancellationToken));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfo
        {
            HasNextPage = ctx.Source.HasNextPage,
            HasPreviousPage = ctx.Source.HasPreviousPage,
            StartCursor = ctx.Source.Cursors.FirstOrDefault(),
            EndCursor = ctx.Source.Cursors.LastOrDefault(),
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
    }

    internal static string NodeName()
    {
        var name = typeof(TNodeType).Name;
        return name.EndsWith("Type") ? name[..^4] : name;
    }
}
