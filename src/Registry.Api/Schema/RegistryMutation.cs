namespace Registry.Api.Schema;

public sealed class RegistryMutation : ObjectGraphType
{
    public RegistryMutation(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        foreach (var feature in features.OrderBy(f => f.GetType().Name)) feature.AddTo(this);
    }
}
