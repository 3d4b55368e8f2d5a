namespace Registry.Api.Schema;

public static class NodeTypeExtensions
{
    /// <summary>Makes an entity graph type a <c>Node</c> whose global ID carries <paramref name="typeName"/>.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type, string typeName) where T : Entity
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID.")
            .Resolve(ctx => GlobalId.Encode(typeName, ctx.Source.Id));
        NodeTypes.Register<T>(typeName);
    }
}
