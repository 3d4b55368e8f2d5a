using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Registry.Api.Schema.Paging;

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = ConnectionType<TNodeType, T>.NodeName() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
