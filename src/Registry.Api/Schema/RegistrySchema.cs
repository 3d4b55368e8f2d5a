using Registry.Api.Schema.Scalars;

namespace Registry.Api.Schema;

public sealed class RegistrySchema : GraphQL.Types.Schema
{
    public RegistrySchema(IServiceProvider services, RegistryQuery query, RegistryMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));
        RegisterType(typeof(NodeInterface));
    }
}
