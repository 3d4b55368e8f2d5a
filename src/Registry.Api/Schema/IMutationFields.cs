namespace Registry.Api.Schema;

/// <summary>A feature's root mutation fields, gathered like <see cref="IQueryFields"/>.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
