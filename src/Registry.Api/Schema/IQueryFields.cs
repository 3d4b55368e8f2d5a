namespace Registry.Api.Schema;

/// <summary>A feature's root query fields; the schema gathers every implementation, so features never edit a shared file.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
