namespace Registry.Api.Schema;

/// <summary>
/// The Relay <c>Node</c> interface: everything with an opaque global <c>id</c> that <c>node(id:)</c> can fetch.
/// Stands in for GraphQL.Relay's NodeInterface (not served here).
/// </summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID; fetch any of them again with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID.");
    }
}
