namespace Registry.Api.Schema;

public sealed class RegistryQuery : ObjectGraphType
{
    public RegistryQuery(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        foreach (var feature in features.OrderBy(f => f.GetType().Name)) feature.AddTo(this);
    }
}
